"""The LogExperimentRunBatchResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class LogExperimentRunBatchResponse(_Model):
    """Nothing is returned once the batch is stored."""
