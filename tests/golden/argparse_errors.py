# argparse: every error message, both from parsing (usage + "prog: error:" on
# stderr, exit status 2) and from declaring arguments (exceptions).
import argparse
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        return ''.join(self.parts)


def run(parser, args):
    out, err = Capture(), Capture()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = 'ok ' + repr(parser.parse_args(args))
    except SystemExit as exc:
        result = 'exit %r' % (exc.code,)
    except Exception as exc:
        result = 'raised %s: %s' % (type(exc).__name__, exc)
    finally:
        sys.stdout, sys.stderr = saved
    print('>>', args, result)
    if out.text():
        print('[stdout]\n' + out.text(), end='')
    if err.text():
        print('[stderr]\n' + err.text(), end='')


def attempt(label, func):
    try:
        value = func()
        print(label, '->', 'no error', type(value).__name__)
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)


P = argparse.ArgumentParser

print('--- parse-time errors')
p = P(prog='prog')
p.add_argument('-x', type=int)
p.add_argument('--ratio', type=float)
p.add_argument('--colour', choices=['red', 'green'])
p.add_argument('--level', type=int, choices=range(1, 4))
p.add_argument('--opt', nargs='?')
p.add_argument('--many', nargs='+')
p.add_argument('--pair', nargs=2)
p.add_argument('--one', nargs=1)
p.add_argument('--flag', action='store_true')
p.add_argument('a')
p.add_argument('b')
run(p, [])
run(p, ['A'])
run(p, ['A', 'B', '-x', 'a'])
run(p, ['A', 'B', '--ratio', 'half'])
run(p, ['A', 'B', '--colour', 'blue'])
run(p, ['A', 'B', '--level', '9'])
run(p, ['A', 'B', '--level', 'x'])
run(p, ['A', 'B', '-x'])
run(p, ['A', 'B', '--many'])
run(p, ['A', 'B', '--pair', '1'])
run(p, ['A', 'B', '--one'])
run(p, ['A', 'B', '--opt', '1', '2'])
run(p, ['A', 'B', 'C', 'D'])
run(p, ['A', 'B', '--nope', '-q'])
run(p, ['A', 'B', '--flag=yes'])
run(p, ['A', 'B', '-x=1', '--fla'])
run(p, ['A', 'B', '--f'])

print('--- ambiguous abbreviations')
p = P(prog='amb')
p.add_argument('--foo')
p.add_argument('--far')
p.add_argument('--foobar')
run(p, ['--f', '1'])
run(p, ['--fo', '1'])
run(p, ['--fo=1'])
run(p, ['--foob', '1'])
p = P(prog='amb2')
p.add_argument('-foo')
p.add_argument('-fab')
run(p, ['-f', '1'])
run(p, ['-fo', '1'])

print('--- combined short flags')
p = P(prog='flags')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c')
run(p, ['-abcX'])
run(p, ['-abz'])
run(p, ['-a='])
run(p, ['-ab='])

print('--- mutually exclusive groups')
p = P(prog='mutex')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--fast', action='store_true')
g.add_argument('--slow', action='store_true')
g.add_argument('--speed', type=int)
run(p, [])
run(p, ['--fast', '--slow'])
run(p, ['--speed', '3', '--fast'])
run(p, ['--slow'])
p = P(prog='mutex2')
g = p.add_mutually_exclusive_group()
g.add_argument('-v', action='count')
g.add_argument('name', nargs='?')
run(p, ['-v', 'x'])
run(p, ['x', '-v'])

print('--- type errors from the converter')


def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%d is odd' % value)
    return value


def picky(text):
    raise TypeError('never shown')


p = P(prog='types')
p.add_argument('--even', type=even)
p.add_argument('--picky', type=picky)
p.add_argument('--lam', type=lambda s: int(s))
run(p, ['--even', '3'])
run(p, ['--even', 'three'])
run(p, ['--picky', 'x'])
run(p, ['--lam', 'x'])
run(p, ['--even', '4'])

print('--- subparsers')
p = P(prog='tool')
sub = p.add_subparsers(dest='cmd', required=True)
sub.add_parser('build').add_argument('--jobs', type=int)
sub.add_parser('clean')
run(p, [])
run(p, ['deploy'])
run(p, ['build', '--jobs', 'many'])
run(p, ['build', 'extra'])
p = P(prog='tool2')
sub = p.add_subparsers(required=True)
sub.add_parser('x')
sub.add_parser('y')
run(p, [])
p = P(prog='tool3')
sub = p.add_subparsers(required=True, metavar='COMMAND')
sub.add_parser('x')
run(p, [])
attempt('duplicate subparser', lambda: sub.add_parser('x'))
attempt('duplicate alias', lambda: sub.add_parser('z', aliases=['x']))

print('--- exit_on_error=False')
p = P(prog='quiet', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--c', choices='ab')
for args in (['--n', 'x'], ['--n'], ['--c', 'z']):
    try:
        p.parse_args(args)
    except argparse.ArgumentError as exc:
        print(args, type(exc).__name__, exc, '|', exc.argument_name, '|', exc.message)
run(p, ['--what'])

print('--- declaration errors')
p = P(prog='decl')
p.add_argument('-f', '--foo')
attempt('store nargs=0', lambda: p.add_argument('--a', nargs=0))
attempt('append nargs=0', lambda: p.add_argument('--a', action='append', nargs=0))
attempt('const without ?', lambda: p.add_argument('--a', const=1))
attempt('unknown action', lambda: p.add_argument('--a', action='nope'))
attempt('type not callable', lambda: p.add_argument('--a', type='int'))
attempt('FileType class', lambda: p.add_argument('--a', type=argparse.FileType))
attempt('metavar tuple too short', lambda: p.add_argument('--a', nargs=2, metavar=('X',)))
attempt('metavar tuple too long', lambda: p.add_argument('--a', nargs='*', metavar=('X', 'Y', 'Z')))
attempt('bad nargs', lambda: p.add_argument('--a', nargs='x'))
attempt('required positional', lambda: p.add_argument('pos', required=True))
attempt('positional dest twice', lambda: p.add_argument('pos', dest='other'))
attempt('bare prefix', lambda: p.add_argument('-'))
attempt('bare double prefix', lambda: p.add_argument('--'))
attempt('two positional names', lambda: p.add_argument('x', 'y'))
attempt('option then name', lambda: p.add_argument('-x', 'y'))
attempt('unknown keyword', lambda: p.add_argument('--b', foo=1))
attempt('store_true nargs', lambda: p.add_argument('--c', action='store_true', nargs=1))
attempt('conflict one', lambda: p.add_argument('-f'))
attempt('conflict two', lambda: p.add_argument('-f', '--foo'))
attempt('bad handler', lambda: P(conflict_handler='ignore'))
attempt('merge same titles', lambda: P(parents=[P(prog='x')]))
attempt('required in mutex', lambda: P().add_mutually_exclusive_group().add_argument('--r', required=True))
p.add_subparsers()


class Twice:
    # parse_args stand-in: calls add_subparsers again, which reports an error
    def parse_args(self, args):
        return p.add_subparsers()


run(Twice(), ['second add_subparsers'])
p = P(prog='empty')
p.add_mutually_exclusive_group()
try:
    p.format_usage()
except ValueError as exc:
    print('empty group', type(exc).__name__, str(exc).startswith('empty group'))
p = P(prog='inter')
p.add_argument('rest', nargs='...')
attempt('intermixed remainder', lambda: p.parse_intermixed_args([]))
p = P(prog='inter2')
p.add_mutually_exclusive_group().add_argument('pos', nargs='?')
attempt('intermixed mutex positional', lambda: p.parse_intermixed_args([]))
attempt('Action.__call__', lambda: argparse.Action(['-x'], 'x')(None, None, None))

print('--- exception objects')
e = argparse.ArgumentError(None, 'plain message')
print(str(e), e.argument_name, e.message)
action = argparse.Action(['-q', '--quiet'], 'quiet')
print(str(argparse.ArgumentError(action, 'bad')))
positional = argparse.Action([], 'src', metavar='SOURCE')
print(str(argparse.ArgumentError(positional, 'bad')))
print(str(argparse.ArgumentError(argparse.Action([], 'dst'), 'bad')))
print(repr(argparse.ArgumentTypeError('why')), issubclass(argparse.ArgumentError, Exception))
