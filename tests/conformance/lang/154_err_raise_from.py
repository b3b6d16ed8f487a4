class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


print(parse_port("8080"))
try:
    parse_port("eighty")
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
settings = {"port": "80a"}
print("loading settings")
parse_port(settings["port"])
