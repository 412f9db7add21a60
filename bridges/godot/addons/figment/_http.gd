extends RefCounted
## One HTTP/1.1 exchange over HTTPClient, with the body read piece by piece as it arrives.
##
## Internal to the addon. Every wait is one frame of the given SceneTree, so nothing blocks the
## game loop; each wait checks the deadline and the cancel callback.

## Response status once [method open_async] succeeded.
var status: int = 0
## Response headers, keys lower-cased.
var headers: Dictionary = {}
## gRPC-style code of the failure ("UNAVAILABLE", "DEADLINE_EXCEEDED", "CANCELLED").
var error_code: String = ""
## Why it failed.
var error_message: String = ""

var _client: HTTPClient = HTTPClient.new()
var _tree: SceneTree
var _deadline_ms: int
var _is_cancelled: Callable


func _init(tree: SceneTree, deadline_ms: int, is_cancelled: Callable) -> void:
	_tree = tree
	_deadline_ms = deadline_ms
	_is_cancelled = is_cancelled


## Connect and send the request; true once the response status and headers are in.
func open_async(
	host: String, port: int, tls: bool, method: HTTPClient.Method, path: String,
	request_headers: PackedStringArray, body: String
) -> bool:
	if not await _connect_async(host, port, tls):
		return false
	var err := _client.request(method, path, request_headers, body)
	if err != OK:
		return _fail("UNAVAILABLE", "request failed: %s" % error_string(err))
	while _client.get_status() == HTTPClient.STATUS_REQUESTING:
		_client.poll()
		if not await _tick_async():
			return false
	if not _client.get_status() in [HTTPClient.STATUS_BODY, HTTPClient.STATUS_CONNECTED]:
		return _fail("UNAVAILABLE", "no response from %s:%d (%s)" % [host, port, _status_name()])
	status = _client.get_response_code()
	var raw: Dictionary = _client.get_response_headers_as_dictionary()
	for key: String in raw:
		headers[key.to_lower()] = raw[key]
	return true


func _connect_async(host: String, port: int, tls: bool) -> bool:
	var err := _client.connect_to_host(host, port, TLSOptions.client() if tls else null)
	if err != OK:
		return _fail("UNAVAILABLE", "cannot connect to %s:%d: %s" % [host, port, error_string(err)])
	while _client.get_status() in [HTTPClient.STATUS_RESOLVING, HTTPClient.STATUS_CONNECTING]:
		_client.poll()
		if not await _tick_async():
			return false
	if _client.get_status() != HTTPClient.STATUS_CONNECTED:
		return _fail("UNAVAILABLE", "cannot connect to %s:%d (%s)" % [host, port, _status_name()])
	return true


## The next piece of the body; an empty array once the body is complete or the call failed.
func read_async() -> PackedByteArray:
	while true:
		_client.poll()
		var chunk := _client.read_response_body_chunk()
		if chunk.size() > 0:
			return chunk
		if _client.get_status() != HTTPClient.STATUS_BODY:
			return PackedByteArray()
		if not await _tick_async():
			return PackedByteArray()
	return PackedByteArray()


## The whole remaining body.
func read_all_async() -> PackedByteArray:
	var body := PackedByteArray()
	while true:
		var chunk := await read_async()
		if chunk.is_empty():
			return body
		body.append_array(chunk)
	return body


## True (and failed with CANCELLED) when the caller cancelled; for work between reads.
func cancelled() -> bool:
	if error_code.is_empty() and _is_cancelled.call():
		_fail("CANCELLED", "cancelled by the caller")
	return error_code == "CANCELLED"


## True when the exchange failed (connection, deadline or cancel).
func failed() -> bool:
	return error_code != ""


## Drop the connection.
func close() -> void:
	_client.close()


func _tick_async() -> bool:
	if _is_cancelled.call():
		return _fail("CANCELLED", "cancelled by the caller")
	if Time.get_ticks_msec() > _deadline_ms:
		return _fail("DEADLINE_EXCEEDED", "no answer within the client's timeout")
	await _tree.process_frame
	return true


func _fail(code: String, message: String) -> bool:
	error_code = code
	error_message = message
	_client.close()
	return false


func _status_name() -> String:
	match _client.get_status():
		HTTPClient.STATUS_CANT_RESOLVE:
			return "cannot resolve"
		HTTPClient.STATUS_CANT_CONNECT:
			return "connection refused"
		HTTPClient.STATUS_CONNECTION_ERROR:
			return "connection error"
		HTTPClient.STATUS_TLS_HANDSHAKE_ERROR:
			return "TLS handshake error"
	return "status %d" % _client.get_status()
