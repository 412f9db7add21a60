class_name FigmentResult
extends RefCounted
## The outcome of a Figment call: data on success, an error code and message otherwise.
##
## Async calls return one of these instead of raising, so callers write
## [code]var r := await client.describe_async()[/code] then check [method is_exception].

## gRPC status code name ("OK", "UNAVAILABLE", "DEADLINE_EXCEEDED", ...).
var code: String = "OK"
## Human-readable error message; empty on success.
var message: String = ""
## HTTP status of the response, 0 when no response arrived.
var http_status: int = 0
## Parsed JSON body for unary calls; for streams, [code]{"events": [...]}[/code].
var data: Dictionary = {}
## Raw bytes, for asset downloads.
var bytes: PackedByteArray = PackedByteArray()


## True when the call failed.
func is_exception() -> bool:
	return code != "OK"


## A one-line description, for logs.
func _to_string() -> String:
	if is_exception():
		return "FigmentResult(%s: %s)" % [code, message]
	return "FigmentResult(OK)"


## A successful result carrying [param payload].
static func ok(payload: Dictionary = {}, status: int = 200) -> FigmentResult:
	var result := FigmentResult.new()
	result.data = payload
	result.http_status = status
	return result


## A failed result.
static func failure(error_code: String, error_message: String, status: int = 0) -> FigmentResult:
	var result := FigmentResult.new()
	result.code = error_code
	result.message = error_message
	result.http_status = status
	return result


## A failed result from a gateway error body
## [code]{"error": {"code", "message", "httpStatus"}}[/code].
static func from_error_body(body: Dictionary, status: int) -> FigmentResult:
	var error: Dictionary = body.get("error", {})
	var error_code: String = str(error.get("code", _code_for_status(status)))
	return failure(error_code, str(error.get("message", "HTTP %d" % status)), status)


static func _code_for_status(status: int) -> String:
	match status:
		400:
			return "INVALID_ARGUMENT"
		401:
			return "UNAUTHENTICATED"
		403:
			return "PERMISSION_DENIED"
		404:
			return "NOT_FOUND"
		429:
			return "RESOURCE_EXHAUSTED"
		499:
			return "CANCELLED"
		503:
			return "UNAVAILABLE"
		504:
			return "DEADLINE_EXCEEDED"
	return "INTERNAL" if status >= 500 else "UNKNOWN"
