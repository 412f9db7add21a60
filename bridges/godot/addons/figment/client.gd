class_name FigmentClient
extends Node
## A client for the Figment daemon's JSON gateway: conjure, single stages, assets and rooms.
##
## Every [code]*_async[/code] call returns a [FigmentResult] and never raises. Connection failures
## (and 503 answers before any output) are retried with exponential backoff; every call has a
## deadline; [method cancel] stops all calls in flight. The client must be inside the scene tree
## (it waits on frames), e.g. [code]Figment.create_client()[/code] or a child node of your own.

## What was heard: while the user still speaks ([method conjure_live], [param partial] true),
## then the final transcript.
signal transcript_received(request_id: String, text: String, partial: bool)
## Text arrived: a delta while the model writes ([param final] false), then the whole text.
signal text_received(request_id: String, text: String, final: bool)
## The daemon judged the whole text (with [signal text_received], [param final] true):
## [param type] is a [FigmentJudgement] constant and [param judgement] the verdict. Every later
## event's label carries it too. Not emitted for text that is not judged (factual output).
signal text_judged(request_id: String, type: String, judgement: Dictionary)
## The object description was parsed: from the wish first, then again as the text streams (each
## revision; see [signal object_revised]).
signal object_specified(request_id: String, spec: Dictionary, confidence: float, label: Dictionary)
## A revision of the object arrived (with [signal object_specified]): [param revision] counts from
## 0 and [param final] marks the last one. Only the assets a revision changes are sent again.
signal object_revised(request_id: String, spec: Dictionary, revision: int, final: bool)
## The proxy (a coloured bounding shape GLB) arrived and can be shown. Like the mesh and the
## sound, it says which revision it was built from ([code]revision[/code], absent for 0).
signal proxy_received(request_id: String, proxy: Dictionary)
## The mesh GLB arrived and can be fetched (a revised object sends its new mesh again).
signal mesh_received(request_id: String, mesh: Dictionary)
## The object's sound (mono WAV) and its emitter parameters arrived (again for a revised sound).
signal sound_received(request_id: String, sound: Dictionary)
## The spoken line (WAV and OGG) arrived.
signal speech_received(request_id: String, speech: Dictionary)
## A stage failed (the stream goes on) or the call failed ([code]error.stage[/code] is empty).
signal conjure_failed(request_id: String, error: Dictionary)
## The conjure stream finished; [param done] has per-stage timings and the failed stage kinds.
signal conjure_finished(request_id: String, done: Dictionary)
## An event from a subscribed room; [param kind] is KIND_SNAPSHOT, KIND_SPAWNED, KIND_UPDATED or
## KIND_REMOVED and [param object] the SceneObject as complete as it is so far.
signal scene_event_received(room: String, kind: String, object: Dictionary)
## A room subscription ended (closed by either side, or could not connect).
signal subscription_closed(room: String, code: int, reason: String)

## @deprecated: use [signal proxy_received] instead; emitted with it until 0.3.0.
signal proxy_ready(request_id: String, proxy: Dictionary)
## @deprecated: use [signal mesh_received] instead; emitted with it until 0.3.0.
signal mesh_ready(request_id: String, mesh: Dictionary)
## @deprecated: use [signal sound_received] instead; emitted with it until 0.3.0.
signal sound_ready(request_id: String, sound: Dictionary)
## @deprecated: use [signal speech_received] instead; emitted with it until 0.3.0.
signal speech_ready(request_id: String, speech: Dictionary)

const SERVICE_PATH := "/figment.v1.Figment/"
## Largest room message a subscription accepts. A scene event carries the object's whole text, so
## WebSocketPeer's 64 KiB default would drop it (web) or close the socket (desktop); 4 MiB, as the
## Unity client.
const MAX_ROOM_MESSAGE_BYTES := 4 * 1024 * 1024
const HttpExchange := preload("_http.gd")

## Daemon gateway host.
@export var host: String = "127.0.0.1"
## Daemon gateway port (the HTTP one, not gRPC).
@export var port: int = 7341
## Use https/wss.
@export var use_tls: bool = false
## Bearer token, when the daemon was started with [code]--token[/code].
@export var token: String = ""
## Seconds a unary call or an asset download may take, retries included.
@export var timeout: float = 30.0
## Seconds a whole conjure stream may take (models on a laptop CPU are slow).
@export var stream_timeout: float = 600.0
## Retries after a connection failure.
@export var max_retries: int = 3
## Seconds before the first retry; doubled for each next one.
@export var retry_delay: float = 0.25

var _cancel_serial: int = 0
var _assets: Dictionary = {}
var _subscriptions: Dictionary = {}
var _lives: Array[FigmentLive] = []


func _ready() -> void:
	set_process(false)


## Stop every call in flight; they return a CANCELLED result.
func cancel() -> void:
	_cancel_serial += 1
	for live in _lives:
		live.cancel()


## Call a unary RPC by name ("Describe", "Parse", "Speak", "Transcribe") with a proto3-JSON body.
func call_async(method: String, body: Dictionary = {}) -> FigmentResult:
	var http: HttpExchange = await _open_async(
		HTTPClient.METHOD_POST, SERVICE_PATH + method, JSON.stringify(body), timeout, "application/json"
	)
	if http.failed():
		return FigmentResult.failure(http.error_code, http.error_message, http.status)
	var raw: PackedByteArray = await http.read_all_async()
	if http.failed():
		return FigmentResult.failure(http.error_code, http.error_message, http.status)
	var parsed: Variant = JSON.parse_string(raw.get_string_from_utf8())
	var json: Dictionary = parsed if parsed is Dictionary else {}
	if http.status != 200:
		return FigmentResult.from_error_body(json, http.status)
	if not parsed is Dictionary:
		return FigmentResult.failure("INTERNAL", "the daemon's answer is not a JSON object", 200)
	return FigmentResult.ok(json)


## Version, stages, models, adapters and limits of the daemon.
func describe_async() -> FigmentResult:
	return await call_async("Describe")


## Parse a text into an object spec.
func parse_async(text: String) -> FigmentResult:
	return await call_async("Parse", {"text": text})


## Speak a line; the result's data has [code]wav[/code] and [code]ogg[/code] asset refs.
func speak_async(text: String) -> FigmentResult:
	return await call_async("Speak", {"text": text})


## Transcribe audio bytes ("wav", "ogg", "flac" or "" to detect).
func transcribe_async(audio: PackedByteArray, format: String = "") -> FigmentResult:
	return await call_async(
		"Transcribe", {"audio": {"data": Marshalls.raw_to_base64(audio), "format": format}}
	)


## Fetch an asset's bytes by id (into [member FigmentResult.bytes]); ids are content hashes, so
## answers are cached for the client's lifetime.
func get_asset_async(asset_id: String) -> FigmentResult:
	if _assets.has(asset_id):
		var cached := FigmentResult.ok({"id": asset_id})
		cached.bytes = _assets[asset_id]
		return cached
	var http: HttpExchange = await _open_async(
		HTTPClient.METHOD_GET, "/assets/" + asset_id.uri_encode(), "", timeout, "*/*"
	)
	if http.failed():
		return FigmentResult.failure(http.error_code, http.error_message, http.status)
	var raw: PackedByteArray = await http.read_all_async()
	if http.failed():
		return FigmentResult.failure(http.error_code, http.error_message, http.status)
	if http.status != 200:
		var parsed: Variant = JSON.parse_string(raw.get_string_from_utf8())
		return FigmentResult.from_error_body(parsed if parsed is Dictionary else {}, http.status)
	_assets[asset_id] = raw
	var media_type: String = http.headers.get("content-type", "")
	var result := FigmentResult.ok({"id": asset_id, "media_type": media_type})
	result.bytes = raw
	return result


## Fetch an asset like [method get_asset_async], then call [param on_done] with the
## [FigmentResult] unless [param on_done]'s object was freed meanwhile. The wait runs on this
## client, so a node that is freed while its asset downloads is simply not called back.
func get_asset(asset_id: String, on_done: Callable) -> void:
	var fetched := await get_asset_async(asset_id)
	if on_done.is_valid():
		on_done.call(fetched)


## Run the whole pipeline for [param request] (a ConjureRequest as proto3 JSON, e.g.
## [code]{"text": "a whale made of clocks", "mode": "MODE_IMAGINATIVE", "consent": true}[/code]).
## Each event is emitted as its signal as it arrives and passed to [param on_event] when given.
## The result's data holds [code]events[/code], [code]request_id[/code] and [code]done[/code].
func conjure_async(request: Dictionary, on_event: Callable = Callable()) -> FigmentResult:
	var http: HttpExchange = await _open_async(
		HTTPClient.METHOD_POST, SERVICE_PATH + "Conjure", JSON.stringify(request), stream_timeout,
		"application/x-ndjson"
	)
	if http.failed():
		return _stream_failure("", http.error_code, http.error_message, http.status)
	if http.status != 200:
		var body: PackedByteArray = await http.read_all_async()
		var parsed: Variant = JSON.parse_string(body.get_string_from_utf8())
		var failure := FigmentResult.from_error_body(parsed if parsed is Dictionary else {}, http.status)
		return _stream_failure("", failure.code, failure.message, http.status)
	return await _read_events_async(http, on_event)


## Conjure from speech streamed while the user speaks: returns the [FigmentLive] at once (the
## socket opens in the background); feed it 16-bit mono PCM at [param sample_rate] Hz and
## [method FigmentLive.end] it when the user stops, then [code]await live.finished_async()[/code].
## [param request] is a ConjureRequest without its input (proto3 JSON); without
## [param push_to_talk] the daemon also ends the utterance at the silence after speech. Events are
## emitted as this client's signals (partial transcripts first) and passed to [param on_event].
func conjure_live(
	request: Dictionary, sample_rate: int, push_to_talk: bool = false,
	on_event: Callable = Callable()
) -> FigmentLive:
	var without_input := request.duplicate()
	without_input.erase("text")  # the input is the speech
	without_input.erase("audio")
	var start := {"request": without_input, "sampleRate": sample_rate, "pushToTalk": push_to_talk}
	var url := "%s://%s:%d%sConjureLive" % ["wss" if use_tls else "ws", host, port, SERVICE_PATH]
	if token != "":
		url += "?token=" + token.uri_encode()
	var live := FigmentLive.new(url, start, _take_line, on_event, stream_timeout)
	_lives.append(live)
	set_process(true)
	return live


## Join [param room]: every spawn there arrives as [signal scene_event_received], objects already
## in the room first (KIND_SNAPSHOT).
func subscribe(room: String) -> Error:
	unsubscribe(room)
	var socket := WebSocketPeer.new()
	socket.inbound_buffer_size = MAX_ROOM_MESSAGE_BYTES
	var url := "%s://%s:%d%sSubscribe?room=%s" % [
		"wss" if use_tls else "ws", host, port, SERVICE_PATH, room.uri_encode()
	]
	if token != "":
		url += "&token=" + token.uri_encode()
	var err := socket.connect_to_url(url)
	if err != OK:
		return err
	_subscriptions[room] = socket
	set_process(true)
	return OK


## Leave [param room].
func unsubscribe(room: String) -> void:
	if _subscriptions.has(room):
		var socket: WebSocketPeer = _subscriptions[room]
		socket.close()
		_subscriptions.erase(room)


## True while [param room]'s subscription is open (or still connecting).
func is_subscribed(room: String) -> bool:
	return _subscriptions.has(room)


func _process(_delta: float) -> void:
	for room: String in _subscriptions.keys():
		var socket: WebSocketPeer = _subscriptions[room]
		socket.poll()
		while socket.get_available_packet_count() > 0:
			var parsed: Variant = JSON.parse_string(socket.get_packet().get_string_from_utf8())
			if parsed is Dictionary:
				scene_event_received.emit(
					room, str(parsed.get("kind", "")), parsed.get("object", {}) as Dictionary
				)
		if socket.get_ready_state() == WebSocketPeer.STATE_CLOSED:
			_subscriptions.erase(room)
			subscription_closed.emit(room, socket.get_close_code(), socket.get_close_reason())
	for live: FigmentLive in _lives.duplicate():
		if live.poll():
			_lives.erase(live)
			var result := live.get_result()
			if result.is_exception():
				var error := {"stage": "", "kind": "", "code": result.code, "message": result.message}
				conjure_failed.emit(live.get_request_id(), error)
	if _subscriptions.is_empty() and _lives.is_empty():
		set_process(false)


func _read_events_async(http: HttpExchange, on_event: Callable) -> FigmentResult:
	var events: Array = []
	var pending := PackedByteArray()
	var failure: FigmentResult = null
	while failure == null and not http.failed():
		var chunk: PackedByteArray = await http.read_async()
		if chunk.is_empty():
			break
		pending.append_array(chunk)
		var newline := pending.find(10)
		while newline >= 0 and failure == null and not http.cancelled():
			var line := pending.slice(0, newline).get_string_from_utf8().strip_edges()
			pending = pending.slice(newline + 1)
			newline = pending.find(10)
			if not line.is_empty():
				failure = _take_line(line, events, on_event)
	var rid: String = str(events[-1].get("requestId", "")) if not events.is_empty() else ""
	if failure == null and http.failed():
		failure = FigmentResult.failure(http.error_code, http.error_message)
	if failure == null and (events.is_empty() or not events[-1].has("done")):
		failure = FigmentResult.failure("UNAVAILABLE", "the stream ended before 'done'")
	if failure != null:
		return _stream_failure(rid, failure.code, failure.message, 200)
	return FigmentResult.ok({"events": events, "request_id": rid, "done": events[-1]["done"]})


# One NDJSON line: an event (emitted), or the gateway's error line (returned as a failure).
func _take_line(line: String, events: Array, on_event: Callable) -> FigmentResult:
	var event: Variant = JSON.parse_string(line)
	if not event is Dictionary:
		return FigmentResult.failure("INTERNAL", "bad stream line: " + line.left(200))
	if event.has("error") and not event.has("requestId"):
		var error: Dictionary = event["error"]
		return FigmentResult.failure(str(error.get("code", "UNKNOWN")), str(error.get("message", "")))
	events.append(event)
	if on_event.is_valid():
		on_event.call(event)
	_emit_event(event)
	return null


func _emit_event(event: Dictionary) -> void:
	var rid: String = str(event.get("requestId", ""))
	if event.has("transcript"):
		var heard: Dictionary = event["transcript"]
		transcript_received.emit(rid, str(heard.get("text", "")), heard.get("partial", false))
	elif event.has("textDelta"):
		text_received.emit(rid, str(event["textDelta"].get("text", "")), false)
	elif event.has("textDone"):
		text_received.emit(rid, str(event["textDone"].get("text", "")), true)
		var verdict := FigmentJudgement.of_label(event.get("label", {}))
		if not verdict.is_empty():
			text_judged.emit(rid, str(verdict["type"]), verdict)
	elif event.has("object"):
		var revised: Dictionary = event["object"]
		var spec: Dictionary = revised.get("spec", {})
		object_specified.emit(
			rid, spec, float(revised.get("confidence", 0.0)), event.get("label", {})
		)
		object_revised.emit(
			rid, spec, int(revised.get("revision", 0)), bool(revised.get("final", false))
		)
	elif event.has("proxy"):
		proxy_received.emit(rid, event["proxy"])
		proxy_ready.emit(rid, event["proxy"])
	elif event.has("mesh"):
		mesh_received.emit(rid, event["mesh"])
		mesh_ready.emit(rid, event["mesh"])
	elif event.has("sound"):
		sound_received.emit(rid, event["sound"])
		sound_ready.emit(rid, event["sound"])
	elif event.has("speech"):
		speech_received.emit(rid, event["speech"])
		speech_ready.emit(rid, event["speech"])
	elif event.has("error"):
		conjure_failed.emit(rid, event["error"])
	elif event.has("done"):
		conjure_finished.emit(rid, event["done"])


func _stream_failure(rid: String, code: String, message: String, status: int) -> FigmentResult:
	conjure_failed.emit(rid, {"stage": "", "kind": "", "code": code, "message": message})
	return FigmentResult.failure(code, message, status)


# Open a request, retrying connection failures and 503s with exponential backoff.
func _open_async(
	method: HTTPClient.Method, path: String, body: String, seconds: float, accept: String
) -> HttpExchange:
	var serial := _cancel_serial
	var is_cancelled := func() -> bool: return _cancel_serial != serial
	var deadline := Time.get_ticks_msec() + int(seconds * 1000.0)
	var headers := PackedStringArray(["Accept: " + accept])
	if method == HTTPClient.METHOD_POST:
		headers.append("Content-Type: application/json")
	if token != "":
		headers.append("Authorization: Bearer " + token)
	var attempt := 0
	while true:
		var http: HttpExchange = HttpExchange.new(get_tree(), deadline, is_cancelled)
		var opened: bool = await http.open_async(host, port, use_tls, method, path, headers, body)
		var retryable: bool = (not opened and http.error_code == "UNAVAILABLE") or http.status == 503
		if not retryable or attempt >= max_retries:
			return http
		var wait := retry_delay * pow(2.0, attempt)
		if Time.get_ticks_msec() + int(wait * 1000.0) >= deadline:
			return http
		http.close()
		attempt += 1
		var resume := Time.get_ticks_msec() + int(wait * 1000.0)
		while Time.get_ticks_msec() < resume and not is_cancelled.call():
			await get_tree().process_frame
		if is_cancelled.call():
			var cancelled: HttpExchange = HttpExchange.new(get_tree(), deadline, is_cancelled)
			cancelled.error_code = "CANCELLED"
			cancelled.error_message = "cancelled by the caller"
			return cancelled
	return null
