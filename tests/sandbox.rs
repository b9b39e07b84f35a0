//! The sandbox an embedding host sets: the policy (file-system access and the
//! folders it is limited to, the environment, processes) and a file system of
//! its own (`MemoryFs`). Scripts must not get out of an allowed folder by any
//! path: `..`, absolute paths, links pointing outside (dangling or not), or
//! renaming into the outside.

use coil::{FsAccess, Interpreter, MemoryFs, Policy};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A fresh folder with `inside/` (the allowed root) and `outside/secret.txt`.
fn fixture(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let base = std::env::temp_dir().join(format!("coil_sandbox_{}_{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let inside = base.join("inside");
    let outside = base.join("outside");
    std::fs::create_dir_all(inside.join("sub")).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(inside.join("note.txt"), "inside data").unwrap();
    std::fs::write(outside.join("secret.txt"), "secret data").unwrap();
    (base, inside, outside)
}

fn confined(root: &Path, fs: FsAccess) -> Interpreter {
    let mut interp = Interpreter::new();
    interp.set_policy(Policy { fs, roots: Some(vec![root.to_path_buf()]), ..Policy::none() });
    interp
}

/// Runs `code` with `P` bound to `path`, expecting `PermissionError`.
fn denied(interp: &mut Interpreter, code: &str, path: &Path) -> String {
    let src = format!("import os\nP = {:?}\n{code}\n", path.to_str().unwrap());
    match interp.run(&src, "<sandbox>") {
        Ok(()) => panic!("allowed: {code} on {}", path.display()),
        Err(e) => {
            assert_eq!(e.type_name, "PermissionError", "{code}: {}", e.message);
            e.message
        }
    }
}

fn allowed(interp: &mut Interpreter, code: &str, path: &Path) {
    let src = format!("import os\nP = {:?}\n{code}\n", path.to_str().unwrap());
    if let Err(e) = interp.run(&src, "<sandbox>") {
        panic!("refused: {code} on {}: {} {}", path.display(), e.type_name, e.message);
    }
}

#[test]
fn reading_inside_the_root_works() {
    let (base, inside, _) = fixture("inside");
    let mut interp = confined(&inside, FsAccess::ReadWrite);
    let out = interp.capture_output();
    allowed(
        &mut interp,
        "print(sorted(os.listdir(P)))\nfd = os.open(os.path.join(P, 'note.txt'), os.O_RDONLY)\nprint(os.read(fd, 100))\nos.close(fd)\nprint(os.path.isdir(os.path.join(P, 'sub')))",
        &inside,
    );
    assert_eq!(out.take(), "['note.txt', 'sub']\nb'inside data'\nTrue\n");
    std::fs::remove_dir_all(base).unwrap();
}

#[test]
fn dot_dot_and_absolute_paths_cannot_leave_the_root() {
    let (base, inside, outside) = fixture("dotdot");
    let mut interp = confined(&inside, FsAccess::ReadWrite);
    let msg = denied(&mut interp, "os.listdir(os.path.join(P, '..'))", &inside);
    assert!(msg.contains("outside the allowed folders"), "{msg}");
    denied(&mut interp, "os.stat(os.path.join(P, 'sub', '..', '..', 'outside', 'secret.txt'))", &inside);
    denied(&mut interp, "os.open(os.path.join(P, 'secret.txt'), os.O_RDONLY)", &outside);
    denied(&mut interp, "os.listdir('/')", &inside);
    denied(&mut interp, "os.stat('/etc/passwd')", &inside);
    denied(&mut interp, "os.mkdir(os.path.join(P, '..', 'made'))", &inside);
    assert!(!base.join("made").exists());
    // A sibling whose name starts like the root is outside too.
    std::fs::create_dir_all(base.join("inside2")).unwrap();
    denied(&mut interp, "os.listdir(P + '2')", &inside);
    std::fs::remove_dir_all(base).unwrap();
}

#[test]
fn links_pointing_outside_are_not_followed() {
    let (base, inside, outside) = fixture("links");
    std::os::unix::fs::symlink(&outside, inside.join("out_dir")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), inside.join("out_file")).unwrap();
    std::os::unix::fs::symlink("../outside/secret.txt", inside.join("relative")).unwrap();
    std::os::unix::fs::symlink(outside.join("new.txt"), inside.join("dangling")).unwrap();
    let mut interp = confined(&inside, FsAccess::ReadWrite);
    denied(&mut interp, "os.listdir(os.path.join(P, 'out_dir'))", &inside);
    denied(&mut interp, "os.open(os.path.join(P, 'out_dir', 'secret.txt'), os.O_RDONLY)", &inside);
    denied(&mut interp, "os.open(os.path.join(P, 'out_file'), os.O_RDONLY)", &inside);
    denied(&mut interp, "os.open(os.path.join(P, 'relative'), os.O_RDONLY)", &inside);
    denied(&mut interp, "os.stat(os.path.join(P, 'out_file'))", &inside);
    // Writing through a dangling link would create the file outside.
    denied(&mut interp, "os.open(os.path.join(P, 'dangling'), os.O_WRONLY | os.O_CREAT)", &inside);
    assert!(!outside.join("new.txt").exists());
    // A link the script makes is checked where it leads, too.
    allowed(&mut interp, "os.symlink('/etc', os.path.join(P, 'etc'))", &inside);
    denied(&mut interp, "os.listdir(os.path.join(P, 'etc'))", &inside);
    // The link itself is inside: looking at it or removing it is fine.
    allowed(&mut interp, "os.lstat(os.path.join(P, 'out_file'))\nos.readlink(os.path.join(P, 'out_dir'))", &inside);
    allowed(&mut interp, "os.remove(os.path.join(P, 'out_file'))", &inside);
    assert!(outside.join("secret.txt").exists());
    std::fs::remove_dir_all(base).unwrap();
}

#[test]
fn renaming_into_the_outside_is_refused() {
    let (base, inside, outside) = fixture("rename");
    let mut interp = confined(&inside, FsAccess::ReadWrite);
    let code = format!("os.rename(os.path.join(P, 'note.txt'), {:?})", outside.join("note.txt").to_str().unwrap());
    denied(&mut interp, &code, &inside);
    let code = format!("os.replace({:?}, os.path.join(P, 'stolen'))", outside.join("secret.txt").to_str().unwrap());
    denied(&mut interp, &code, &inside);
    let code = format!("os.link({:?}, os.path.join(P, 'hard'))", outside.join("secret.txt").to_str().unwrap());
    denied(&mut interp, &code, &inside);
    assert!(inside.join("note.txt").exists() && !outside.join("note.txt").exists());
    allowed(&mut interp, "os.rename(os.path.join(P, 'note.txt'), os.path.join(P, 'sub', 'moved.txt'))", &inside);
    assert!(inside.join("sub/moved.txt").exists());
    std::fs::remove_dir_all(base).unwrap();
}

#[test]
fn read_only_refuses_every_change() {
    let (base, inside, _) = fixture("readonly");
    let mut interp = confined(&inside, FsAccess::ReadOnly);
    let out = interp.capture_output();
    allowed(
        &mut interp,
        "fd = os.open(os.path.join(P, 'note.txt'), os.O_RDONLY)\nprint(os.read(fd, 6))\nos.close(fd)",
        &inside,
    );
    assert_eq!(out.take(), "b'inside'\n");
    let msg = denied(&mut interp, "os.open(os.path.join(P, 'note.txt'), os.O_WRONLY)", &inside);
    assert!(msg.contains("read-only"), "{msg}");
    denied(&mut interp, "os.open(os.path.join(P, 'new.txt'), os.O_WRONLY | os.O_CREAT)", &inside);
    denied(&mut interp, "os.mkdir(os.path.join(P, 'd'))", &inside);
    denied(&mut interp, "os.remove(os.path.join(P, 'note.txt'))", &inside);
    denied(&mut interp, "os.rmdir(os.path.join(P, 'sub'))", &inside);
    denied(&mut interp, "os.rename(os.path.join(P, 'note.txt'), os.path.join(P, 'n2'))", &inside);
    denied(&mut interp, "os.chmod(os.path.join(P, 'note.txt'), 0o600)", &inside);
    denied(&mut interp, "os.utime(os.path.join(P, 'note.txt'))", &inside);
    denied(&mut interp, "os.truncate(os.path.join(P, 'note.txt'), 0)", &inside);
    denied(&mut interp, "os.symlink('x', os.path.join(P, 'l'))", &inside);
    allowed(&mut interp, "assert not os.access(os.path.join(P, 'note.txt'), os.W_OK)", &inside);
    assert_eq!(std::fs::read_to_string(inside.join("note.txt")).unwrap(), "inside data");
    std::fs::remove_dir_all(base).unwrap();
}

#[test]
fn no_file_system_refuses_everything() {
    let mut interp = Interpreter::new();
    interp.set_policy(Policy::none());
    let here = std::env::temp_dir();
    let msg = denied(&mut interp, "os.listdir(P)", &here);
    assert!(msg.contains("file system access is not allowed"), "{msg}");
    denied(&mut interp, "os.stat(P)", &here);
    denied(&mut interp, "os.getcwd()", &here);
    denied(&mut interp, "os.open('/etc/passwd', os.O_RDONLY)", &here);
    denied(&mut interp, "os.chdir(P)", &here);
    denied(&mut interp, "os.scandir(P)", &here);
    allowed(&mut interp, "assert not os.path.exists(P)\nassert not os.access(P, os.F_OK)", &here);
}

#[test]
fn environment_and_processes_can_be_denied() {
    let mut interp = Interpreter::new();
    interp.set_policy(Policy { environment: false, processes: false, ..Policy::full() });
    let here = std::env::temp_dir();
    let msg = denied(&mut interp, "os.environ['HOME']", &here);
    assert!(msg.contains("environment"), "{msg}");
    denied(&mut interp, "os.getenv('HOME')", &here);
    denied(&mut interp, "os.putenv('COIL_SANDBOX_X', '1')", &here);
    denied(&mut interp, "os.environ['COIL_SANDBOX_X'] = '1'", &here);
    assert!(std::env::var("COIL_SANDBOX_X").is_err());
    let msg = denied(&mut interp, "os.system('true')", &here);
    assert!(msg.contains("processes"), "{msg}");
    denied(&mut interp, "os.kill(os.getpid(), 0)", &here);
    denied(&mut interp, "os.waitpid(-1, os.WNOHANG)", &here);
    denied(&mut interp, "os.wait()", &here);
    denied(&mut interp, "os.pidfd_open(os.getpid())", &here);
    // Files are still allowed.
    allowed(&mut interp, "os.listdir(P)", &here);
}

#[test]
fn network_can_be_denied() {
    let mut interp = Interpreter::new();
    interp.set_policy(Policy { network: false, ..Policy::full() });
    let here = std::env::temp_dir();
    let msg = denied(&mut interp, "import socket\nsocket.socket()", &here);
    assert!(msg.contains("network"), "{msg}");
    denied(&mut interp, "import socket\nsocket.socketpair()", &here);
    denied(&mut interp, "import socket\nsocket.create_connection(('127.0.0.1', 9))", &here);
    // Name helpers that open nothing still work.
    allowed(&mut interp, "import socket\nassert socket.inet_aton('1.2.3.4') == bytes([1, 2, 3, 4])", &here);
}

#[test]
fn a_new_interpreter_has_full_access() {
    let mut interp = Interpreter::new();
    assert_eq!(interp.policy(), Policy::full());
    allowed(&mut interp, "os.listdir(P)\nos.environ.get('HOME')", &std::env::temp_dir());
}

#[test]
fn scripts_run_on_a_memory_file_system() {
    let fs = Rc::new(MemoryFs::new());
    fs.add_file("/data/in.txt", b"hello memory").unwrap();
    fs.add_dir("/data/empty").unwrap();
    let mut interp = Interpreter::new();
    interp.set_file_system(fs.clone());
    let out = interp.capture_output();
    let code = r#"
import os, stat
print(os.getcwd(), sorted(os.listdir('/')), sorted(os.listdir('/data')))
fd = os.open('/data/in.txt', os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 2))
os.close(fd)
os.chdir('/data')
print(os.getcwd(), os.path.abspath('x'))
os.makedirs('out/deep/er')
fd = os.open('out/result.txt', os.O_WRONLY | os.O_CREAT)
os.write(fd, b'written by the script')
os.close(fd)
fd = os.open('out/result.txt', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'!')
os.close(fd)
print(os.path.getsize('out/result.txt'), os.path.isfile('out/result.txt'), os.path.isdir('out'))
os.symlink('in.txt', 'link')
print(os.readlink('link'), os.path.islink('link'), os.stat('link').st_size, os.path.realpath('link'))
os.rename('in.txt', 'renamed.txt')
print(os.path.exists('link'), os.path.lexists('link'), sorted(os.listdir('.')))
for top, dirs, files in os.walk('/data'):
    dirs.sort()
    print(top, dirs, sorted(files))
print(sorted(e.name for e in os.scandir('/data') if e.is_dir()))
os.remove('link')
os.rmdir('empty')
try:
    os.rmdir('out')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.stat('/nowhere')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.mkdir('out')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.listdir('renamed.txt')
except OSError as e:
    print(type(e).__name__, e)
os.chmod('renamed.txt', 0o600)
print(stat.filemode(os.stat('renamed.txt').st_mode), stat.filemode(os.stat('out').st_mode))
os.utime('renamed.txt', (10, 20))
print(os.stat('renamed.txt').st_mtime)
os.chdir('..')
print(os.getcwd())
"#;
    interp.run(code, "<memory>").unwrap();
    let expected = "\
/ ['data'] ['empty', 'in.txt']
b'hello' b' memory' b''
12 0 b'he'
/data /data/x
22 True True
in.txt True 12 /data/in.txt
False True ['empty', 'in.txt', 'link', 'out']
/data ['empty', 'out'] ['link', 'renamed.txt']
/data/empty [] []
/data/out ['deep'] ['result.txt']
/data/out/deep ['er'] []
/data/out/deep/er [] []
['empty', 'out']
OSError [Errno 39] Directory not empty: 'out'
FileNotFoundError [Errno 2] No such file or directory: '/nowhere'
FileExistsError [Errno 17] File exists: 'out'
NotADirectoryError [Errno 20] Not a directory: 'renamed.txt'
-rw------- drwxr-xr-x
20.0
/
";
    let got = out.take();
    // The rename happened after `in.txt` was listed; fix the expected listing.
    let expected = expected.replace("['empty', 'in.txt', 'link', 'out']", "['empty', 'link', 'out', 'renamed.txt']");
    assert_eq!(got, expected);
    assert_eq!(fs.read_file("/data/out/result.txt").unwrap(), b"written by the script!");
    assert!(fs.is_dir("/data/out/deep/er"));
    assert!(!fs.exists("/data/in.txt"));
    // The host's real file system was not touched.
    assert!(!Path::new("/data/out/result.txt").exists());
}

#[test]
fn a_memory_file_system_is_confined_too() {
    let fs = Rc::new(MemoryFs::new());
    fs.add_file("/box/inside.txt", b"in").unwrap();
    fs.add_file("/private/secret.txt", b"secret").unwrap();
    fs.add_dir("/box2").unwrap();
    let mut interp = Interpreter::new();
    interp.set_file_system(fs.clone());
    interp.set_policy(Policy { fs: FsAccess::ReadWrite, roots: Some(vec![PathBuf::from("/box")]), ..Policy::none() });
    let root = Path::new("/box");
    allowed(&mut interp, "os.chdir(P)\nassert os.listdir('.') == ['inside.txt']", root);
    denied(&mut interp, "os.listdir('..')", root);
    denied(&mut interp, "os.open('../private/secret.txt', os.O_RDONLY)", root);
    denied(&mut interp, "os.listdir('/box2')", root);
    allowed(&mut interp, "os.symlink('/private', 'escape')\nos.symlink('../private/new.txt', 'dangling')", root);
    denied(&mut interp, "os.listdir('escape')", root);
    denied(&mut interp, "os.open('escape/secret.txt', os.O_RDONLY)", root);
    denied(&mut interp, "os.open('dangling', os.O_WRONLY | os.O_CREAT)", root);
    assert!(!fs.exists("/private/new.txt"));
    denied(&mut interp, "os.rename('inside.txt', '/private/moved.txt')", root);
    assert!(fs.exists("/box/inside.txt"));
    allowed(&mut interp, "os.remove('escape')", root);
}

#[test]
fn allow_modules_still_limits_imports() {
    let mut interp = Interpreter::new();
    interp.allow_modules(&["math"]);
    let err = interp.run("import os", "<sandbox>").unwrap_err();
    assert_eq!(err.type_name, "ModuleNotFoundError");
    let err = interp.run("import posix", "<sandbox>").unwrap_err();
    assert_eq!(err.type_name, "ModuleNotFoundError");
    let mut interp = Interpreter::new();
    interp.allow_modules(&["os"]);
    interp.set_policy(Policy::none());
    interp.run("import os\nassert os.sep == '/'", "<sandbox>").unwrap();
}

#[test]
fn open_and_pathlib_follow_the_policy() {
    let (base, inside, outside) = fixture("open");
    let mut interp = confined(&inside, FsAccess::ReadWrite);
    allowed(&mut interp, "with open(os.path.join(P, 'new.txt'), 'w') as f:\n    f.write('ok')", &inside);
    allowed(&mut interp, "assert open(os.path.join(P, 'new.txt')).read() == 'ok'", &inside);
    let msg = denied(&mut interp, "open(os.path.join(P, 'secret.txt')).read()", &outside);
    assert!(msg.contains("outside the allowed folders"), "{msg}");
    denied(&mut interp, "open(os.path.join(P, '..', 'outside', 'x.txt'), 'w')", &inside);
    denied(&mut interp, "import pathlib\npathlib.Path(P, 'secret.txt').read_text()", &outside);
    allowed(&mut interp, "import pathlib\nassert pathlib.Path(P, 'note.txt').read_text() == 'inside data'", &inside);
    let mut ro = confined(&inside, FsAccess::ReadOnly);
    allowed(&mut ro, "assert open(os.path.join(P, 'note.txt')).read() == 'inside data'", &inside);
    denied(&mut ro, "open(os.path.join(P, 'note.txt'), 'a')", &inside);
    denied(&mut ro, "open(os.path.join(P, 'created.txt'), 'x')", &inside);
    assert!(!inside.join("created.txt").exists());
    let _ = std::fs::remove_dir_all(base);
}

#[test]
fn open_works_on_a_memory_file_system() {
    let mut interp = Interpreter::new();
    let fs = Rc::new(MemoryFs::new());
    interp.set_file_system(fs.clone());
    let out = interp.capture_output();
    let code = "import os\nos.makedirs('/data/logs')\nwith open('/data/logs/a.txt', 'w') as f:\n    f.write('one\\ntwo\\n')\nwith open('/data/logs/a.txt') as f:\n    print(f.readlines())\nwith open('/data/logs/a.txt', 'ab') as f:\n    f.write(b'three\\n')\nprint(open('/data/logs/a.txt', 'rb').read())\nprint(os.listdir('/data/logs'))\n";
    interp.run(code, "<memory>").unwrap();
    assert_eq!(out.take(), "['one\\n', 'two\\n']\nb'one\\ntwo\\nthree\\n'\n['a.txt']\n");
    assert!(!Path::new("/data/logs/a.txt").exists());
}
