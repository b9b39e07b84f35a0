# argparse: sub-commands, groups, conflicts, parents, exit/error/print helpers
import argparse
import sys


class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def text(self): return ''.join(self.parts)

def run(p, args, intermixed=False, known=False):
    out, err = Cap(), Cap()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        if intermixed:
            r = p.parse_intermixed_args(args)
        elif known:
            r = p.parse_known_args(args)
        else:
            r = p.parse_args(args)
        res = 'ok ' + repr(r)
    except SystemExit as e:
        res = 'exit %r' % (e.code,)
    except Exception as e:
        res = 'raised %s: %s' % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = so, se
    print('>>', args, res)
    if out.text(): print('[stdout]\n' + out.text(), end='')
    if err.text(): print('[stderr]\n' + err.text(), end='')

def build(fn):
    try:
        return fn()
    except Exception as e:
        print('build raised %s: %s' % (type(e).__name__, e))

P = argparse.ArgumentParser
# subparsers
p = P(prog='git')
p.add_argument('--debug', action='store_true')
sp = p.add_subparsers(dest='cmd', help='sub-command help')
c = sp.add_parser('commit', aliases=['ci'], help='record changes')
c.add_argument('-m', required=True)
c.set_defaults(func='commit_fn')
s = sp.add_parser('status', help='show status', description='Status desc')
s.add_argument('paths', nargs='*')
print(p.format_help())
print(c.format_help())
run(p, [])
run(p, ['commit', '-m', 'x'])
run(p, ['ci', '-m', 'x'])
run(p, ['commit'])
run(p, ['bogus'])
run(p, ['status', 'a', 'b', '--debug'])
run(p, ['--debug', 'status', 'a', '--zzz'])
run(p, ['status', '-h'])
p2 = P(prog='tool')
sp2 = p2.add_subparsers(title='commands', description='cmd desc', required=True, metavar='COMMAND')
sp2.add_parser('a', help='do a'); sp2.add_parser('b', help='do b')
print(p2.format_help())
run(p2, [])
p3 = P(prog='tool')
sp3 = p3.add_subparsers(required=True)
sp3.add_parser('a'); sp3.add_parser('b')
run(p3, [])
print(p3.format_help())
run(p3, ['c'])
p4 = P(prog='tool')
sp4 = p4.add_subparsers(dest='thing', required=True)
sp4.add_parser('a')
run(p4, [])
try:
    sp4.add_parser('a')
except Exception as e:
    print(type(e).__name__, e)
saved_stderr = sys.stderr
sys.stderr = sys.stdout
try:
    p4.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
finally:
    sys.stderr = saved_stderr
# groups
p = P(prog='grp', description='Groups demo')
g = p.add_argument_group('input', 'Input options here')
g.add_argument('--in', dest='inp', help='input file')
g2 = p.add_argument_group('output')
g2.add_argument('out', help='output')
m = p.add_mutually_exclusive_group()
m.add_argument('--fast', action='store_true')
m.add_argument('--slow', action='store_true')
m2 = p.add_mutually_exclusive_group(required=True)
m2.add_argument('-r', action='store_true')
m2.add_argument('-s', type=int)
print(p.format_help())
run(p, ['o'])
run(p, ['o', '-r', '-s', '1'])
run(p, ['o', '-r', '--fast', '--slow'])
run(p, ['o', '-s', '3', '--in', 'f'])
try:
    m.add_argument('--req', required=True)
except Exception as e:
    print(type(e).__name__, e)
# mutex with positional
p = P(prog='mp')
m = p.add_mutually_exclusive_group()
m.add_argument('--a')
m.add_argument('b', nargs='?')
print(p.format_usage())
run(p, ['--a', '1', 'x'])
# conflicts
p = P(prog='c')
p.add_argument('-f', '--foo')
try:
    p.add_argument('-f')
except Exception as e:
    print(type(e).__name__, e)
try:
    p.add_argument('-f', '--foo')
except Exception as e:
    print(type(e).__name__, e)
p = P(prog='c', conflict_handler='resolve')
p.add_argument('-f', '--foo', help='old')
p.add_argument('-f', help='new')
print(p.format_help())
p.add_argument('--foo', help='newer')
print(p.format_help())
try:
    P(conflict_handler='xx')
except Exception as e:
    print(type(e).__name__, e)
# parents
parent = P(add_help=False)
parent.add_argument('--parent', type=int)
parent.set_defaults(pd=1)
child = P(prog='child', parents=[parent])
child.add_argument('foo')
print(child.format_help())
run(child, ['--parent', '2', 'x'])
try:
    P(parents=[P(prog='x')])
except Exception as e:
    print(type(e).__name__, e)

P = argparse.ArgumentParser
p = P(prog='ch')
p.add_argument('--r', type=int, choices=range(1, 5), help='in %(choices)s, type %(type)s, def %(default)r, dest %(dest)s, %%')
p.add_argument('n', nargs='?', const=3, default=4, type=int)
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('hpos', help=argparse.SUPPRESS, nargs='?')
print(p.format_help())
run(p, ['--r', '7'])
run(p, ['--r', '2', '5'])
run(p, ['-'])
run(p, [''])
run(p, ['-x y'])
run(p, ['--r', '-1'])
# nested subparsers
p = P(prog='top', description='%(prog)s does things')
sp = p.add_subparsers(dest='a')
mid = sp.add_parser('mid', help='middle')
sp2 = mid.add_subparsers(dest='b', help='inner')
leaf = sp2.add_parser('leaf', help='leaf cmd')
leaf.add_argument('--deep', action='store_true')
print(p.format_help())
print(leaf.format_help())
run(p, ['mid', 'leaf', '--deep'])
run(p, ['mid', 'leaf', '--bad'])
run(p, ['mid', 'nope'])
run(p, ['mid'])
p = P(prog='pr')
p.add_argument('--x')
p.add_argument('first')
sp = p.add_subparsers(prog='custom prog', parser_class=P)
sp.add_parser('go', help='go!')
run(p, ['1', 'go', '-h'])
p = P(prog='sd')
sp = p.add_subparsers()
s1 = sp.add_parser('one'); s1.set_defaults(func=1, shared='s1')
s2 = sp.add_parser('two'); s2.set_defaults(func=2)
p.set_defaults(shared='top')
run(p, ['one'])
run(p, ['two'])
# long subparser names / help layout
p = P(prog='ll')
sp = p.add_subparsers(title='available commands', metavar='<command>')
sp.add_parser('a-very-long-command-name-indeed', help='does a lot of things that need explaining in many words across lines')
sp.add_parser('short', aliases=['s', 'sh'], help='short one')
sp.add_parser('nohelp')
print(p.format_help())
# error/exit/print helpers
p = P(prog='ex')
out = Cap(); p.print_usage(out); p.print_help(out); print(repr(out.text()))
def trap(f):
    o, e = Cap(), Cap()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = o, e
    r = 'no exit'
    try:
        f()
    except SystemExit as x:
        r = x.code
    finally:
        sys.stdout, sys.stderr = so, se
    print('code', repr(r), 'out', repr(o.text()), 'err', repr(e.text()))
trap(lambda: p.error('custom problem'))
trap(lambda: p.exit())
trap(lambda: p.exit(3, 'bye\n'))
trap(lambda: p.exit(message='m'))
trap(lambda: p.print_usage())
p = P(prog='ver')
p.add_argument('-V', action='version', version='ver 2.0 %(prog)s long text ' * 6)
trap(lambda: p.parse_args(['-V']))
print(p.format_help())
# usage with %(prog)s
p = P(prog='U', usage='%(prog)s [-x] things')
p.add_argument('-x')
print(p.format_help())
run(p, ['-x'])
# mutex long usage wrapping
p = P(prog='mx')
g = p.add_mutually_exclusive_group()
for n in ['--alpha-option', '--beta-option', '--gamma-option', '--delta-option', '--epsilon-option', '--zeta-option']:
    g.add_argument(n, metavar='VALUE')
p.add_argument('--other', nargs='+', metavar=('X', 'Y'))
p.add_argument('files', nargs='+')
print(p.format_usage())
p = P(prog='mx2')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true', help=argparse.SUPPRESS)
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument('--c', action='store_true')
g2.add_argument('--d', action='store_true')
g2.add_argument('--e', help=argparse.SUPPRESS)
print(p.format_usage())
run(p, [])
run(p, ['--a'])
run(p, ['--a', '--b'])
run(p, ['--c', '--e', '1'])
run(p, ['--a', '--c', '--a'])
