"""The commands of `python -m salto_lib`: each returns its exit code and prints in Norwegian.

A command never imports another command; what two commands share lives in `salto_lib.recipe`.
"""
