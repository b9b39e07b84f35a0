print("alpha loading as", __name__)
def greet(who):
    return f"hello {who} from alpha"
ALPHA = 1
