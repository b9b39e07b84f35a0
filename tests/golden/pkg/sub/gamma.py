print("gamma loading as", __name__)
from .. import beta
from ..beta import BETA
from . import A_FROM_PARENT
_hidden = "hidden"
visible = "visible"
def total():
    return BETA + A_FROM_PARENT + beta.BETA
