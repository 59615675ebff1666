"""Inside a warm kernel: import once, and between notebooks put back the state of a new kernel.

Imported and called only in the kernels that `recipe.kernels` starts, never by the build
itself. A notebook executed after another must see exactly what it would see in a kernel of its
own, so `reset` undoes everything a notebook can leave behind that changes what the next one
shows: its variables, IPython's counters and output history, open figures, rcParams, the
environment, `sys.path`, warning filters, the working folder and the dataset cache of
`pages.common.load`. The imported modules stay: that is what the warm kernel is for.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import warnings

# What the notebooks import: the page modules (pandas, matplotlib, salto_lib come with them).
MODULES = (
    "salto_lib.pages.area",
    "salto_lib.pages.changes",
    "salto_lib.pages.tables",
    "salto_lib.pages.unit",
)

_clean: dict = {}  # the state right after `preload`, which `reset` puts back


def preload(modules: tuple[str, ...] = MODULES) -> None:
    """Import what the notebooks import, then remember the state they start from.

    The rcParams are remembered after the imports, not matplotlib's defaults: `charts` sets the
    report's style when it is imported, as it is in a new kernel.
    """
    for name in modules:
        importlib.import_module(name)
    import matplotlib

    _clean.update(
        rc=matplotlib.rcParams.copy(),
        environ=dict(os.environ),
        path=list(sys.path),
        filters=list(warnings.filters),
    )
    # What was imported lives as long as the kernel: kept out of the garbage collector's
    # passes, the collections during and between notebooks (IPython's reset runs one) are short.
    gc.collect()
    gc.freeze()


def reset(cwd: str) -> None:
    """Make the kernel look like a new one that has imported `MODULES`, working in `cwd`."""
    import matplotlib
    import matplotlib.pyplot as plt
    from IPython import get_ipython

    from salto_lib.pages.common import load

    # %reset -f and more: a new history session also starts the execution count at 1 again,
    # so the executed notebook numbers its cells as it would in a new kernel.
    get_ipython().reset(new_session=True)
    # The reset empties `__main__` of `__spec__` as well, which multiprocessing's spawn (the
    # dataset readers, when a notebook reads workbooks itself) reads: a new kernel has it (None).
    main = sys.modules["__main__"]
    if not hasattr(main, "__spec__"):
        main.__spec__ = None
    plt.close("all")
    # As matplotlib's own rc_context restores them: no validation, no deprecation warnings.
    dict.update(matplotlib.rcParams, _clean["rc"])
    os.environ.clear()
    os.environ.update(_clean["environ"])
    sys.path[:] = _clean["path"]
    # resetwarnings also makes every module forget which warnings it has shown already, so a
    # warning the next notebook causes is shown in it, as in a new kernel.
    warnings.resetwarnings()
    warnings.filters[:] = _clean["filters"]
    load.cache_clear()
    os.chdir(cwd)
