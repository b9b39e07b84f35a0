"""WSGI helpers (coil's own wsgiref).

Submodules: util (environ helpers, FileWrapper), headers (Headers),
handlers (BaseHandler, SimpleHandler, BaseCGIHandler, CGIHandler,
IISCGIHandler) and simple_server (WSGIServer, WSGIRequestHandler,
make_server, demo_app).  wsgiref.validate is not provided.
"""
