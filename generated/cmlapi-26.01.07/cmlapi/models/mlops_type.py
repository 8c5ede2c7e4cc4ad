"""The MLOPSType enum (generated; do not edit)."""

from __future__ import annotations

from .._model import EnumModel as _EnumModel


class MLOPSType(_EnumModel):
    """Kind of metadata a registry version carries.

    Fields of this type hold plain strings; values unknown to this client are kept as they come.
    """

    MLOPS_TYPE_UNSPECIFIED = "MLOPS_TYPE_UNSPECIFIED"
    MLFLOW = "MLFLOW"
    SIMPLE = "SIMPLE"
    allowable_values = ("MLOPS_TYPE_UNSPECIFIED", "MLFLOW", "SIMPLE")
