"""Facts about the spec this package was generated from (generated; do not edit)."""

SPEC_VERSION = "26.01.07"
SPEC_SHA256 = "25a5e8cfc280cbaa941cf2340f254f3b9c52adbc361d106488dc583129c1f352"
PACKAGE_VERSION = "26.01.07"
# Configuration.host when none is given: the spec's scheme, host and basePath
DEFAULT_HOST = "http://localhost"
# the spec's basePath, which every operation path starts with ("" for none)
BASE_PATH = ""
# (scheme name, where the credential goes, header or query name)
AUTH = (("BearerAuth", "header", "Authorization"),)
# (module under api/, class) of the API class default_client() returns
DEFAULT_API = ("cml_service_api", "CMLServiceApi")
# the model that error bodies (the spec's ``default`` response) parse into
ERROR_MODEL = "RuntimeError"
