gamma = 3
from .. import alpha as parent_alpha
