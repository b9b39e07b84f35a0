"""Building blocks for iteration: infinite iterators (count, cycle, repeat),
iterators that filter, slice, group or combine other iterators, and the
combinatoric iterators (product, permutations, combinations, ...).

The tools are native types (from _itertools): arguments are checked and
iter() is called when an object is made, the work happens lazily in
__next__, and the objects can be copied and pickled (their __reduce__ gives
the constructor arguments that rebuild the current state, and
__setstate__ restores the rest).
"""

from _itertools import (accumulate, chain, combinations, combinations_with_replacement,
                        compress, count, cycle, dropwhile, filterfalse, groupby, _grouper,
                        islice, pairwise, permutations, product, repeat, starmap,
                        takewhile, tee, zip_longest, _tee, _tee_dataobject)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']
