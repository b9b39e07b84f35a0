# argparse: how long usage lines wrap (prog short or long, options only,
# positionals only, groups, odd metavars) at several widths.
import argparse


def formatter(width):
    return lambda prog: argparse.HelpFormatter(prog, width=width)


def show(parser):
    try:
        print(parser.format_usage(), end='')
    except Exception as exc:
        print('format_usage raised', type(exc).__name__, exc)
    print('-' * 20)


def many_options(prog, width, positionals=2, add_help=True):
    p = argparse.ArgumentParser(prog=prog, formatter_class=formatter(width), add_help=add_help)
    for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']:
        p.add_argument('--' + name, metavar=name.upper())
    for k in range(positionals):
        p.add_argument('positional_%d' % k)
    return p


for width in (40, 60, 80, 100):
    print('width', width)
    show(many_options('prog', width))
    show(many_options('a_rather_long_program_name_here', width))
    show(many_options('prog', width, positionals=0))
    show(many_options('p' * 70, width))

p = argparse.ArgumentParser(prog='only_positionals', formatter_class=formatter(50))
for name in ['first_input_file', 'second_input_file', 'output_directory', 'log']:
    p.add_argument(name)
show(p)
p = argparse.ArgumentParser(prog='x' * 45, formatter_class=formatter(50), add_help=False)
for name in ['first_input_file', 'second_input_file', 'output_directory']:
    p.add_argument(name)
show(p)
p = argparse.ArgumentParser(prog='x' * 45, formatter_class=formatter(50), add_help=False)
show(p)

p = argparse.ArgumentParser(prog='groups', formatter_class=formatter(60))
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--yaml', action='store_true')
g.add_argument('--format', metavar='FMT')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--input', nargs='+')
r.add_argument('--stdin', action='store_true')
p.add_argument('--count', nargs='*', type=int)
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
p.add_argument('--maybe', nargs='?')
p.add_argument('targets', nargs='*')
p.add_argument('rest', nargs=argparse.REMAINDER)
show(p)
print(p.format_help())

p = argparse.ArgumentParser(prog='spammy_program_with_a_long_name_for_wrapping',
                            formatter_class=formatter(78))
p.add_argument('--proxy', metavar='<http[s]://example:1234>')
p.add_argument('--proxy2', metavar='<http[s]://example:1234>')
p.add_argument('--proxy3', metavar='<http[s]://example:1234>')
show(p)
p = argparse.ArgumentParser(prog='parens', formatter_class=formatter(40))
p.add_argument('--a', metavar='(x)')
p.add_argument('--b', metavar='[y]')
p.add_argument('--ccccccccccccc', metavar='[z]')
p.add_argument('--d', metavar='{q}')
show(p)
p = argparse.ArgumentParser(prog='bool', formatter_class=formatter(50))
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colour output')
p.add_argument('--cache', action=argparse.BooleanOptionalAction)
p.add_argument('--verbose', '-v', action='count')
show(p)
print(p.format_help())
p = argparse.ArgumentParser(prog='sub', formatter_class=formatter(50))
p.add_argument('--global-option')
sub = p.add_subparsers(dest='command')
child = sub.add_parser('child-command-with-long-name')
child.add_argument('--child-option-one')
child.add_argument('--child-option-two')
child.add_argument('inputs', nargs='+')
show(p)
show(child)
