"""HTTP service for systems not written in Python: an article in, the contract's record out.

Needs the ``server`` extra (FastAPI, fastapi-offline, uvicorn). Start it with ``newsfacts serve``
or build the ASGI app with :func:`newsfacts.server.app.create_app`.
"""
