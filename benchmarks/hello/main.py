"""The cold-start baseline: hello-world functions, served by functions-framework exactly as the product is."""

import functions_framework


@functions_framework.http
def hello_http(request):
    return "hello"


@functions_framework.cloud_event
def hello_event(cloud_event):
    return None
