"""Configuring logging from a dictionary (dictConfig, schema version 1).

coil's own implementation, written from the documentation of the
configuration dictionary schema. Values written as 'ext://dotted.name' are
imported objects; 'cfg://path.to[key]' refers to another part of the
configuration. fileConfig and listen are not provided yet (coil lacks
configparser and sockets).
"""

import sys
import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030


def valid_ident(s):
    """True when s is a Python identifier; ValueError otherwise."""
    if not s.isidentifier():
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _import_dotted(name):
    """The object a dotted name designates: the longest importable module
    prefix, then attributes."""
    parts = name.split(".")
    current = parts[0]
    found = __import__(current)
    for part in parts[1:]:
        current = current + "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(current)
            found = getattr(found, part)
    return found


class BaseConfigurator:
    """Holds a configuration dictionary and turns the string conventions
    'ext://' and 'cfg://' into the objects they name."""

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        """Imports the object called s; ValueError when that fails."""
        try:
            return _import_dotted(s)
        except ImportError as problem:
            failure = ValueError("Cannot resolve %r: %s" % (s, problem))
            raise failure from problem

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Follows a path like 'handlers.console.level' or 'items[0]' from
        the top of the configuration."""
        path = value.strip()
        node = self.config
        i = 0
        n = len(path)
        first = True
        while i < n:
            if path[i] == "[":
                close = path.find("]", i)
                if close < 0:
                    raise ValueError("Unable to convert %r at %r" % (value, path[i:]))
                key = path[i + 1:close]
                try:
                    node = node[key]
                except (KeyError, TypeError, IndexError):
                    if not key.isdigit():
                        raise
                    node = node[int(key)]
                i = close + 1
                first = False
                continue
            if path[i] == "." and not first:
                i += 1
            elif not first:
                raise ValueError("Unable to convert %r at %r" % (value, path[i:]))
            start = i
            while i < n and path[i] not in ".[":
                i += 1
            word = path[start:i]
            if not word:
                raise ValueError("Unable to convert %r at %r" % (value, path[start:]))
            node = node[word]
            first = False
        return self.convert(node)

    def convert(self, value):
        """value with the string conventions applied."""
        if isinstance(value, str):
            if value.startswith("ext://"):
                return self.ext_convert(value[len("ext://"):])
            if value.startswith("cfg://"):
                return self.cfg_convert(value[len("cfg://"):])
        return value

    def configure_custom(self, config):
        """Calls the factory config['()'] with the remaining entries as
        keyword arguments, then sets the attributes in config['.']."""
        config = dict(config)
        factory = config.pop("()")
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop(".", None)
        kwargs = {}
        for key, value in config.items():
            if valid_ident(key):
                kwargs[key] = self.convert(value)
        made = factory(**kwargs)
        if props:
            for key, value in props.items():
                setattr(made, key, self.convert(value))
        return made

    def as_tuple(self, value):
        if isinstance(value, list):
            return tuple(value)
        return value


def _check_level(value):
    return logging._checkLevel(value)


class _TargetPending(Exception):
    """A MemoryHandler's target handler has not been built yet."""


def _copy_tree(value):
    """A copy of the dicts and lists of a configuration (leaves shared), so
    that configuring never changes the caller's dictionary."""
    if isinstance(value, dict):
        return {key: _copy_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_tree(item) for item in value]
    return value


class DictConfigurator(BaseConfigurator):
    """Applies a version 1 configuration dictionary."""

    def configure(self):
        self.config = config = _copy_tree(self.config)
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = self.convert(config.pop("incremental", False))
        with logging._lock:
            if incremental:
                self._apply_incremental(config)
            else:
                self._apply_complete(config)

    # -- incremental: only levels (and propagation) change -----------------

    def _apply_incremental(self, config):
        for name, hconf in (config.get("handlers") or {}).items():
            if name not in logging._handlers:
                raise ValueError("No handler found with name %r" % name)
            handler = logging._handlers[name]
            level = hconf.get("level")
            if level:
                handler.setLevel(_check_level(self.convert(level)))
        for name, lconf in (config.get("loggers") or {}).items():
            try:
                self.configure_logger(name, lconf, True)
            except Exception as problem:
                raise ValueError("Unable to configure logger %r" % name) from problem
        rconf = config.get("root")
        if rconf:
            try:
                self.configure_root(rconf, True)
            except Exception as problem:
                raise ValueError("Unable to configure root logger") from problem

    # -- complete: replace the existing setup --------------------------------

    def _apply_complete(self, config):
        disable_existing = config.pop("disable_existing_loggers", True)
        self._forget_handlers()

        formatters = self._section("formatters")
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(self._entry(formatters, name))
            except Exception as problem:
                raise ValueError("Unable to configure formatter %r" % name) from problem

        filters = self._section("filters")
        for name in filters:
            try:
                filters[name] = self.configure_filter(self._entry(filters, name))
            except Exception as problem:
                raise ValueError("Unable to configure filter %r" % name) from problem

        handlers = self._section("handlers")
        waiting = []
        for name in sorted(handlers):
            try:
                made = self.configure_handler(self._entry(handlers, name))
                made.name = name
                handlers[name] = made
            except _TargetPending:
                waiting.append(name)
            except Exception as problem:
                raise ValueError("Unable to configure handler %r" % name) from problem
        for name in waiting:
            try:
                made = self.configure_handler(handlers[name])
                made.name = name
                handlers[name] = made
            except Exception as problem:
                raise ValueError("Unable to configure handler %r" % name) from problem

        manager = logging.root.manager
        before = sorted(manager.loggerDict)
        keep_enabled = set()
        loggers = self._section("loggers")
        for name in loggers:
            if name in before:
                prefix = name + "."
                for other in before:
                    if other.startswith(prefix):
                        keep_enabled.add(other)
            try:
                self.configure_logger(name, self._entry(loggers, name))
            except Exception as problem:
                raise ValueError("Unable to configure logger %r" % name) from problem

        for name in before:
            if name in loggers:
                continue
            entry = manager.loggerDict[name]
            if name in keep_enabled:
                if isinstance(entry, logging.Logger):
                    entry.setLevel(logging.NOTSET)
                    entry.handlers = []
                    entry.propagate = True
            else:
                entry.disabled = disable_existing

        rconf = self._entry(config, "root") if "root" in config else None
        if rconf:
            try:
                self.configure_root(rconf)
            except Exception as problem:
                raise ValueError("Unable to configure root logger") from problem

    def _entry(self, container, key):
        """container[key] with 'cfg://' and 'ext://' followed (and the
        result stored back, so later references see the same object)."""
        value = container[key]
        converted = self.convert(value)
        if converted is not value:
            container[key] = converted
        return converted

    def _section(self, name):
        if name not in self.config:
            return {}
        return self._entry(self.config, name) or {}

    def _forget_handlers(self):
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]

    # -- the pieces ----------------------------------------------------------

    def configure_formatter(self, config):
        if "()" in config:
            try:
                return self.configure_custom(config)
            except TypeError as problem:
                if "'format'" not in str(problem):
                    raise
                # A factory taking fmt= rather than format=.
                config = dict(config)
                config["fmt"] = config.pop("format")
                return self.configure_custom(config)
        fmt = self.convert(config.get("format"))
        datefmt = self.convert(config.get("datefmt"))
        style = self.convert(config.get("style", "%"))
        cname = config.get("class")
        klass = logging.Formatter if not cname else _import_dotted(cname)
        options = {}
        if "validate" in config:
            options["validate"] = config["validate"]
        if "defaults" in config:
            options["defaults"] = config["defaults"]
        return klass(fmt, datefmt, style, **options)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        for name in filters:
            try:
                if callable(name) or callable(getattr(name, "filter", None)):
                    chosen = name
                else:
                    chosen = self.config["filters"][name]
                filterer.addFilter(chosen)
            except Exception as problem:
                raise ValueError("Unable to add filter %r" % name) from problem

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as problem:
                raise ValueError("Unable to set formatter %r" % formatter) from problem
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            factory = config.pop("()")
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop("class", None)
            klass = cname if callable(cname) else self.resolve(cname)
            factory = klass
            if isinstance(klass, type) and issubclass(klass, logging.handlers.MemoryHandler) \
                    and "target" in config:
                wanted = config["target"]
                try:
                    found = self.config["handlers"][wanted]
                except Exception as problem:
                    raise ValueError("Unable to set target handler %r" % wanted) from problem
                if not isinstance(found, logging.Handler):
                    raise _TargetPending(wanted)
                config["target"] = found
            elif isinstance(klass, type) and issubclass(klass, logging.handlers.QueueHandler) \
                    and "queue" in config:
                config["queue"] = self.convert(config["queue"])
        props = config.pop(".", None)
        kwargs = {}
        for key, value in config.items():
            if valid_ident(key):
                kwargs[key] = self.convert(value)
        for key in ("mailhost", "address", "credentials", "secure"):
            if key in kwargs:
                kwargs[key] = self.as_tuple(kwargs[key])
        made = factory(**kwargs)
        if formatter:
            made.setFormatter(formatter)
        if level is not None:
            made.setLevel(_check_level(self.convert(level)))
        if filters:
            self.add_filters(made, filters)
        if props:
            for key, value in props.items():
                setattr(made, key, self.convert(value))
        return made

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.config["handlers"][name])
            except Exception as problem:
                raise ValueError("Unable to add handler %r" % name) from problem

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level")
        if level is not None:
            logger.setLevel(_check_level(self.convert(level)))
        if incremental:
            return
        for h in list(logger.handlers):
            logger.removeHandler(h)
        handlers = config.get("handlers")
        if handlers:
            self.add_handlers(logger, handlers)
        filters = config.get("filters")
        if filters:
            self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate")
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from the dictionary config (see the documentation
    of the configuration dictionary schema)."""
    dictConfigClass(config).configure()
