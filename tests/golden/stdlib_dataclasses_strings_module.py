# dataclasses: "dataclasses.InitVar[...]" / "dataclasses.KW_ONLY" string annotations
# are recognised through the module name alone (the names are not imported here)
from __future__ import annotations
import dataclasses
import dataclasses as dc

T_IV = dataclasses.InitVar[int]

@dataclasses.dataclass
class IV:
    T_IV4 = dataclasses.InitVar
    iv0: dataclasses.InitVar[int]
    iv1: dataclasses.InitVar
    iv2: T_IV
    iv3: dc.InitVar[str]
    not_iv4: T_IV4
    _: dc.KW_ONLY
    k: int = 0

print({n: f._field_type for n, f in IV.__dataclass_fields__.items()})
print(IV(1, 2, 3, 4, 5, k=6), IV.__match_args__)
print([f.name for f in dataclasses.fields(IV)])
