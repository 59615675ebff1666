"""The steps of making an edition: plan the notebook jobs, assemble the book's source, execute
the notebooks, render with Jupyter Book, collect the published files and swap them in.

`layout.BuildLayout` knows every path of a build; `source.prepare_source` runs the steps that
`build` and `verify` share.
"""
