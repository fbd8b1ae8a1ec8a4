"""The intake benchmark's baseline: a hello-world HTTP function, served by the same functions-framework CLI.

It answers every request like the intake does on success (a small JSON body, no body parsing), so the
comparison is the server stack alone against the server stack plus the intake's work.
"""

import functions_framework


@functions_framework.http
def hello(request):
    return {"status": "hello"}
