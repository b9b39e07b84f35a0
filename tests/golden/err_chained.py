# An uncaught exception raised `from` another: the last line is the final exception.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad setting: {text!r}") from e
print(load("42"))
load("forty-two")
