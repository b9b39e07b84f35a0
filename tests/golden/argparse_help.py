# argparse: help text: formatter classes, wrapping of help and usage, sections, metavars
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
# usage wrapping
p = P(prog='long_program_name')
for i in range(12):
    p.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i, help='help for option %d which is described in quite a few words so that it wraps' % i)
p.add_argument('input_file_path'); p.add_argument('output_file_path', nargs='+')
p.add_argument('rest', nargs='*')
print(p.format_help())
p = P(prog='a_really_very_extremely_long_program_name_that_takes_up_most_of_the_line')
p.add_argument('--alpha'); p.add_argument('--beta', nargs='*'); p.add_argument('--gamma', nargs='+')
p.add_argument('positional_one'); p.add_argument('positional_two')
print(p.format_usage())
p = P(prog='a_really_very_extremely_long_program_name_that_takes_up_most_of_the_line')
p.add_argument('positional_one'); p.add_argument('positional_two'); p.add_argument('positional_three'); p.add_argument('positional_four')
print(p.format_usage())
p = P(prog='a_really_very_extremely_long_program_name_that_takes_up_most_of_the_line', add_help=False)
print(p.format_usage())
p = P(prog='prog')
m = p.add_mutually_exclusive_group(required=True)
for n in 'abcdefghijkl':
    m.add_argument('--opt-' + n * 3, action='store_true')
p.add_argument('--x', help=argparse.SUPPRESS)
p.add_argument('positional', nargs='?', help='pos')
print(p.format_help())
# formatters
desc = '''First line
    indented   second line

third paragraph here'''
for fc in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    p = P(prog='fmt', description=desc, epilog='epi   log\n  two', formatter_class=fc)
    p.add_argument('--num', type=int, default=7, help='a number\n   with lines')
    p.add_argument('--s', type=str, help='no default')
    p.add_argument('f', type=float, nargs='?', default=1.5, help='float')
    p.add_argument('g', type=int, help='g help')
    p.add_argument('--sup', type=int, default=argparse.SUPPRESS, help='sup')
    print(p.format_help())
p = P(prog='w', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=10, width=40))
p.add_argument('--long-option-name', help='some help text that is long enough to wrap around')
p.add_argument('-s', help='short')
print(p.format_help())
p = P(prog='nohelp', add_help=False, usage='%(prog)s [opts] FILE')
p.add_argument('--a', help='')
p.add_argument('--b', help='   ')
p.add_argument('c', help=None)
print(p.format_help())
run(p, [])
p = P(prog='supp', usage=argparse.SUPPRESS, description='D')
print(repr(p.format_help()))
print(repr(p.format_usage()))
