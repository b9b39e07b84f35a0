"""The `asyncio` logger, through which the event loop reports what it cannot
raise (slow callbacks in debug mode, failed clean-ups)."""

import logging

logger = logging.getLogger(__package__)
