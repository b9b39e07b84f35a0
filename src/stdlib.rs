//! Modules written in coil itself, embedded in the binary from stdlib/.

use crate::vm::interp::Interp;

/// (dotted name, is a package, source) of every embedded module.
const MODULES: &[(&str, bool, &str)] = &[
    ("asyncio", true, include_str!("../stdlib/asyncio/__init__.py")),
    ("asyncio.exceptions", false, include_str!("../stdlib/asyncio/exceptions.py")),
    ("asyncio.events", false, include_str!("../stdlib/asyncio/events.py")),
    ("asyncio.futures", false, include_str!("../stdlib/asyncio/futures.py")),
    ("asyncio.coroutines", false, include_str!("../stdlib/asyncio/coroutines.py")),
    ("asyncio.mixins", false, include_str!("../stdlib/asyncio/mixins.py")),
    ("asyncio.tasks", false, include_str!("../stdlib/asyncio/tasks.py")),
    ("asyncio.locks", false, include_str!("../stdlib/asyncio/locks.py")),
    ("asyncio.queues", false, include_str!("../stdlib/asyncio/queues.py")),
    ("asyncio.timeouts", false, include_str!("../stdlib/asyncio/timeouts.py")),
    ("asyncio.taskgroups", false, include_str!("../stdlib/asyncio/taskgroups.py")),
    ("asyncio.runners", false, include_str!("../stdlib/asyncio/runners.py")),
    ("__future__", false, include_str!("../stdlib/__future__.py")),
    ("heapq", false, include_str!("../stdlib/heapq.py")),
    ("codecs", false, include_str!("../stdlib/codecs.py")),
    ("operator", false, include_str!("../stdlib/operator.py")),
    ("numbers", false, include_str!("../stdlib/numbers.py")),
    ("string", false, include_str!("../stdlib/string.py")),
    ("types", false, include_str!("../stdlib/types.py")),
    ("abc", false, include_str!("../stdlib/abc.py")),
    ("functools", false, include_str!("../stdlib/functools.py")),
    ("itertools", false, include_str!("../stdlib/itertools.py")),
    ("collections", true, include_str!("../stdlib/collections/__init__.py")),
    ("copy", false, include_str!("../stdlib/copy.py")),
    ("bisect", false, include_str!("../stdlib/bisect.py")),
    ("keyword", false, include_str!("../stdlib/keyword.py")),
    ("textwrap", false, include_str!("../stdlib/textwrap.py")),
    ("enum", true, include_str!("../stdlib/enum/__init__.py")),
    ("enum._flag", false, include_str!("../stdlib/enum/_flag.py")),
    ("enum._checks", false, include_str!("../stdlib/enum/_checks.py")),
    ("dataclasses", false, include_str!("../stdlib/dataclasses.py")),
    ("_collections_abc", false, include_str!("../stdlib/_collections_abc.py")),
    ("collections.abc", false, include_str!("../stdlib/collections/abc.py")),
    ("contextlib", false, include_str!("../stdlib/contextlib.py")),
    ("typing", false, include_str!("../stdlib/typing.py")),
    ("unittest", true, include_str!("../stdlib/unittest/__init__.py")),
    ("unittest.util", false, include_str!("../stdlib/unittest/util.py")),
    ("unittest._textdiff", false, include_str!("../stdlib/unittest/_textdiff.py")),
    ("unittest.result", false, include_str!("../stdlib/unittest/result.py")),
    ("unittest.case", false, include_str!("../stdlib/unittest/case.py")),
    ("unittest.suite", false, include_str!("../stdlib/unittest/suite.py")),
    ("unittest.loader", false, include_str!("../stdlib/unittest/loader.py")),
    ("unittest.signals", false, include_str!("../stdlib/unittest/signals.py")),
    ("unittest.runner", false, include_str!("../stdlib/unittest/runner.py")),
    ("unittest.main", false, include_str!("../stdlib/unittest/main.py")),
    ("unittest.async_case", false, include_str!("../stdlib/unittest/async_case.py")),
    ("unittest.__main__", false, include_str!("../stdlib/unittest/__main__.py")),
    ("json", true, include_str!("../stdlib/json/__init__.py")),
    ("json.decoder", false, include_str!("../stdlib/json/decoder.py")),
    ("json.encoder", false, include_str!("../stdlib/json/encoder.py")),
    ("json.scanner", false, include_str!("../stdlib/json/scanner.py")),
    ("json.tool", false, include_str!("../stdlib/json/tool.py")),
];

/// Makes the embedded modules importable.
pub fn register(interp: &mut Interp) {
    for (name, is_package, text) in MODULES {
        interp.stdlib.insert(name, (*is_package, text));
    }
}
