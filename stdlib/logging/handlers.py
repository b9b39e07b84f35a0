"""More handlers for the logging package: rotating and watched files,
buffering in memory, and handing records to a queue.

coil's own implementation. The network handlers (socket, datagram, syslog,
SMTP, HTTP) and the Windows event log handler are not provided: coil has no
sockets. QueueListener needs a thread of its own, so its start() fails under
coil; its other methods work.
"""

import copy
import time
import logging
import threading

# Well-known ports (documented constants).
DEFAULT_TCP_LOGGING_PORT, DEFAULT_UDP_LOGGING_PORT = 9020, 9021
DEFAULT_HTTP_LOGGING_PORT, DEFAULT_SOAP_LOGGING_PORT = 9022, 9023
SYSLOG_UDP_PORT = SYSLOG_TCP_PORT = 514

# Positions in a stat() tuple.
ST_INO, ST_DEV, ST_MTIME = 1, 2, 8

_SECONDS_PER_DAY = 24 * 60 * 60


def _os():
    import os
    return os


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file aside (rotate) before writing
    a record; subclasses say when (shouldRollover) and how (doRollover)."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        """Rotates first when shouldRollover() says so, then writes."""
        try:
            rotate_now = self.shouldRollover(record)
            if rotate_now:
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: default_name, or what namer says."""
        if callable(self.namer):
            return self.namer(default_name)
        return default_name

    def rotate(self, source, dest):
        """Moves source to dest (or lets rotator do it)."""
        if callable(self.rotator):
            self.rotator(source, dest)
            return
        os = _os()
        if os.path.exists(source):
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow past maxBytes,
    keeping backupCount old ones as NAME.1, NAME.2, ..."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = "a"
        if "b" not in mode and encoding is None:
            encoding = "locale"
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            os = _os()
            for number in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (self.baseFilename, number))
                newer = self.rotation_filename("%s.%d" % (self.baseFilename, number + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        try:
            os = _os()
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                return False
        except ImportError:
            pass
        text = "%s\n" % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(text) >= self.maxBytes


_WHEN_TABLE = {
    "S": (1, "%Y-%m-%d_%H-%M-%S"),
    "M": (60, "%Y-%m-%d_%H-%M"),
    "H": (60 * 60, "%Y-%m-%d_%H"),
    "D": (_SECONDS_PER_DAY, "%Y-%m-%d"),
    "MIDNIGHT": (_SECONDS_PER_DAY, "%Y-%m-%d"),
}


def _time_tuple(secs, utc):
    if utc:
        conv = getattr(time, "gmtime", None) or logging._utc_parts
    else:
        conv = getattr(time, "localtime", None) or logging._utc_parts
    return conv(secs)


def _format_time(fmt, parts):
    fn = getattr(time, "strftime", None) or logging._render_time
    return fn(fmt, parts)


def _matches_suffix(text, suffix_format):
    """Whether text looks like suffix_format with every directive filled by
    digits (optionally followed by '.extension')."""
    i = 0
    for piece in suffix_format.replace("%Y", "\0\0\0\0").replace("%m", "\0\0").replace(
            "%d", "\0\0").replace("%H", "\0\0").replace("%M", "\0\0").replace("%S", "\0\0"):
        if i >= len(text):
            return False
        if piece == "\0":
            if not text[i].isdigit():
                return False
        elif text[i] != piece:
            return False
        i += 1
    rest = text[i:]
    return rest == "" or (rest.startswith(".") and len(rest) > 1
                          and all(c == "_" or c.isalnum() for c in rest[1:]))


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file at fixed times: every `interval` seconds, minutes,
    hours or days (when='S', 'M', 'H', 'D'), at midnight, or on a weekday
    ('W0' is Monday ... 'W6' Sunday)."""

    def __init__(self, filename, when="h", interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        if encoding is None:
            encoding = "locale"
        BaseRotatingHandler.__init__(self, filename, "a", encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when.startswith("W"):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if self.when[1] < "0" or self.when[1] > "6":
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            unit, self.suffix = 7 * _SECONDS_PER_DAY, "%Y-%m-%d"
        elif self.when in _WHEN_TABLE:
            unit, self.suffix = _WHEN_TABLE[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.interval = unit * interval
        start = int(time.time())
        try:
            os = _os()
            if os.path.exists(self.baseFilename):
                start = int(os.stat(self.baseFilename).st_mtime)
        except ImportError:
            pass
        self.rolloverAt = self.computeRollover(start)

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime."""
        result = currentTime + self.interval
        if self.when != "MIDNIGHT" and not self.when.startswith("W"):
            return result
        parts = _time_tuple(currentTime, self.utc)
        hour, minute, second, weekday = parts[3], parts[4], parts[5], parts[6]
        if self.atTime is None:
            # No time given: the boundary is the coming midnight.
            at_seconds = _SECONDS_PER_DAY
        else:
            at_seconds = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        now_seconds = (hour * 60 + minute) * 60 + second
        left = at_seconds - now_seconds
        if left <= 0:
            # Today's boundary has passed: the first candidate is tomorrow's.
            left += _SECONDS_PER_DAY
            weekday = (weekday + 1) % 7
        result = currentTime + left
        if self.when.startswith("W"):
            result += ((self.dayOfWeek - weekday) % 7) * _SECONDS_PER_DAY
        return result

    def shouldRollover(self, record):
        try:
            os = _os()
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                self.rolloverAt = self.computeRollover(int(time.time()))
                return False
        except ImportError:
            pass
        return int(time.time()) >= self.rolloverAt

    def getFilesToDelete(self):
        """The oldest rotated files beyond backupCount."""
        os = _os()
        folder, base = os.path.split(self.baseFilename)
        # Where the time stamp sits in a rotated file's name (after the
        # namer, if any, has rearranged it).
        mark = "\x01STAMP\x01"
        shaped = os.path.basename(self.rotation_filename(base + "." + mark))
        if mark in shaped:
            before, after = shaped.split(mark, 1)
        else:
            before, after = base + ".", ""
        candidates = []
        for name in os.listdir(folder):
            if not (name.startswith(before) and name.endswith(after)):
                continue
            stamp = name[len(before):len(name) - len(after)]
            if stamp and _matches_suffix(stamp, self.suffix):
                candidates.append(os.path.join(folder, name))
        if len(candidates) <= self.backupCount:
            return []
        candidates.sort()
        return candidates[:len(candidates) - self.backupCount]

    def doRollover(self):
        now = int(time.time())
        period_start = self.rolloverAt - self.interval
        if self.stream:
            self.stream.close()
            self.stream = None
        target = self.rotation_filename(
            self.baseFilename + "." + _format_time(self.suffix, _time_tuple(period_start, self.utc)))
        os = _os()
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        upcoming = self.computeRollover(now)
        while upcoming <= now:
            upcoming += self.interval
        self.rolloverAt = upcoming


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when it has been moved or
    deleted (by logrotate, say) since the last record."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        if "b" not in mode and encoding is None:
            encoding = "locale"
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._remember_identity()

    def _remember_identity(self):
        if self.stream is None:
            return
        try:
            os = _os()
            info = os.fstat(self.stream.fileno())
        except Exception:
            return
        self.dev, self.ino = info.st_dev, info.st_ino

    def reopenIfNeeded(self):
        try:
            os = _os()
            info = os.stat(self.baseFilename)
            same = info.st_dev == self.dev and info.st_ino == self.ino
        except FileNotFoundError:
            same = False
        except Exception:
            return
        if same or self.stream is None:
            return
        self.stream.flush()
        self.stream.close()
        self.stream = None
        self.stream = self._open()
        self._remember_identity()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in a list until shouldFlush() says to flush."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to a target handler when the buffer
    is full or a record of flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts each record, already formatted into its msg, on a queue (any
    object with put_nowait)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of record that can travel: message merged and exception
        text included, with nothing unpicklable left in it."""
        text = self.format(record)
        ready = copy.copy(record)
        ready.message = text
        ready.msg = text
        ready.args = None
        ready.exc_info = None
        ready.exc_text = None
        ready.stack_info = None
        return ready

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue and gives them to handlers. Listening runs
    in a thread of its own, which coil cannot start."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        worker = threading.Thread(target=self._monitor)
        worker.daemon = True
        worker.start()
        self._thread = worker

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        done = getattr(self.queue, "task_done", None)
        while True:
            try:
                record = self.dequeue(True)
            except Exception:
                break
            if record is self._sentinel:
                if done is not None:
                    done()
                break
            self.handle(record)
            if done is not None:
                done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread is not None:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
