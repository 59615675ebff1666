"""What the book shows, one module per page kind, mirroring `notebooks/` one to one:

- `front`: the front page (and the PDF's title page);
- `chapters`: the substitutions of the Markdown chapters in `book/`;
- `area` (`notebooks/omrade.ipynb`), `unit` (`enhet.ipynb`), `tables` (`tabeller.ipynb`),
  `changes` (`endringer.ipynb`): the notebooks' page objects;
- `common`: what they share (loading the dataset, text locations, keys of areas and units).
"""
