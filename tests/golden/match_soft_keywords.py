# `match` and `case` stay ordinary names everywhere but at the start of a
# match statement or a case block.
match = 1
case = 2
print(match, case, match + case)
match += 10
print(match)
match, case = case, match
print(match, case)
match: int = 5
print(match)


def case(x):
    return f"case({x})"


print(case(3))
case(4)
print(case("x"), case(match))


class Matcher:
    def __init__(self):
        self.match = "attr"
        self.case = [1, 2, 3]

    def match_all(self, *items):
        return [self.match for _ in items]


m = Matcher()
print(m.match, m.case[1], m.match_all(1, 2))
m.match = "changed"
print(m.match)


class Regex:
    @staticmethod
    def match(pattern, text):
        return text.startswith(pattern)


re = Regex()
print(re.match("ab", "abc"), re.match("x", "abc"))
match = [10, 20, 30]
print(match[1], match[-1:])
match[0] = 11
print(match)
match = {"case": 1}
print(match["case"])
match = lambda case: case * 2
print(match(21))
print((lambda match=3: match)(), [match for match in range(3)])
match = 0
if match == 0:
    case = "zero"
print(case)
match (match):
    case 0:
        print("match statement with a parenthesized subject named match")
match(print) if False else None
match = 7
match match:
    case 7:
        print("subject named match")
for case in range(2):
    match case:
        case 0:
            case = "first"
            print(case)
        case case:
            print("captured case =", case)


def f(match=None, case=None):
    return match, case


print(f(match=1, case=2))
print({"match": match, "case": case})
match = [1, 2]
match match:
    case [match, case]:
        print("captured into match and case:", match, case)
