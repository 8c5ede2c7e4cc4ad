"""cmlapi-gen: generate a drop-in Python client for the Cloudera ML REST API v2."""

__version__ = "0.1.0"
