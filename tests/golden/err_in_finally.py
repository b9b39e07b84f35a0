# An exception in a finally block replaces the one in flight.
def work():
    try:
        raise ValueError("original")
    finally:
        print("finally runs")
        {}["finally-key"]
work()
