# Runs examples/line_report.py on a folder made here: pathlib, argparse,
# logging and json together.
import io
import json
import os
import shutil
import sys

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, '..', '..', 'examples', 'line_report.py')
namespace = {'__name__': 'line_report'}
with open(source, encoding='utf-8') as f:
    exec(compile(f.read(), source, 'exec'), namespace)

root = '/tmp/coil_golden_line_report'
shutil.rmtree(root, ignore_errors=True)
os.makedirs(os.path.join(root, 'pkg', 'sub'))
os.makedirs(os.path.join(root, '.git'))
files = {
    'README.md': '# title\n\ntext\n',
    'setup.py': 'print(1)\nprint(2)\n',
    'pkg/__init__.py': '',
    'pkg/core.py': 'a = 1\nb = 2\nc = 3\n',
    'pkg/sub/data.json': '{"k": 1}\n',
    'pkg/sub/Makefile': 'all:\n\techo hi\n',
    '.git/config': 'ignored\n',
}
for name, text in files.items():
    with open(os.path.join(root, name), 'w') as f:
        f.write(text)
with open(os.path.join(root, 'blob.bin'), 'wb') as f:
    f.write(b'\xff\xfe\x00binary')

out = os.path.join(root, 'report.json')
status = namespace['main']([root, '--output', out])
print('status', status)
with open(out) as f:
    report = json.load(f)
report['folder'] = os.path.basename(report['folder'])
print(json.dumps(report, indent=1, sort_keys=True))

saved = sys.stdout
sys.stdout = io.StringIO()
namespace['main']([os.path.join(root, 'pkg'), '--exclude', 'sub'])
printed = json.loads(sys.stdout.getvalue())
sys.stdout = saved
print(printed['files'], printed['lines'], sorted(printed['types']))
try:
    namespace['main'](['--bad-option'])
except SystemExit as e:
    print('SystemExit', e.code)
shutil.rmtree(root)
