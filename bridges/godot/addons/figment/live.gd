class_name FigmentLive
extends RefCounted
## A conjure from speech streamed while the user speaks (ConjureLive on the gateway's WebSocket).
##
## Made by [method FigmentClient.conjure_live] (or [method FigmentSpawner.conjure_live]). Send
## 16-bit mono PCM at [member sample_rate] as it is recorded ([method send_pcm],
## [method send_frames], or [method feed_capture] from an [AudioEffectCapture]), then [method end]
## when the user stops (push-to-talk released). Without push-to-talk the daemon also ends the
## utterance at the silence after speech, at its audio limit, or when no audio came for its idle
## limit. Partial transcripts arrive while the user speaks (the client's
## [signal FigmentClient.transcript_received]); once the final one is in, [method is_listening]
## turns false and further audio is dropped here. The events are those of a conjure and are
## emitted as the client's signals; audio sent before the socket is open waits for it.

## The conjure ended: [param result] holds [code]events[/code], [code]request_id[/code] and
## [code]done[/code], like [method FigmentClient.conjure_async]'s, or says why it failed.
signal finished(result: FigmentResult)

## Largest message queued or sent at once (the events carry the object's whole text).
const MAX_MESSAGE_BYTES := 4 * 1024 * 1024

## The rate of the PCM sent, in Hz.
var sample_rate: int = 16000

var _socket: WebSocketPeer = WebSocketPeer.new()
var _take_line: Callable
var _on_event: Callable
var _outbox: Array = []
var _events: Array = []
var _failure: FigmentResult = null
var _result: FigmentResult = null
var _listening: bool = true
var _ended: bool = false
var _deadline_ms: int = 0
var _sent_bytes: int = 0


## Open the socket at [param url] and queue [param start] (the LiveStart, proto3 JSON). Internal:
## [param take_line] turns one message into an event (or a failure), as the client's streams do.
func _init(
	url: String, start: Dictionary, take_line: Callable, on_event: Callable, seconds: float
) -> void:
	sample_rate = int(start.get("sampleRate", sample_rate))
	_take_line = take_line
	_on_event = on_event
	_deadline_ms = Time.get_ticks_msec() + int(seconds * 1000.0)
	_socket.inbound_buffer_size = MAX_MESSAGE_BYTES
	_socket.outbound_buffer_size = MAX_MESSAGE_BYTES
	var err := _socket.connect_to_url(url)
	if err != OK:
		_finish(FigmentResult.failure("UNAVAILABLE", "cannot open %s: %s" % [url.get_slice("?", 0),
				error_string(err)]))
		return
	_outbox.append(JSON.stringify(start))


## True until the final transcript arrived (the whole utterance was heard) or [method end] was
## called; audio sent after is dropped.
func is_listening() -> bool:
	return _listening and not _ended and _result == null


## True once [signal finished] was emitted.
func is_finished() -> bool:
	return _result != null


## The result once finished, else null.
func get_result() -> FigmentResult:
	return _result


## The request id, once the daemon accepted the request; empty before.
func get_request_id() -> String:
	return str(_events[0].get("requestId", "")) if not _events.is_empty() else ""


## Send 16-bit little-endian mono samples.
func send_pcm(pcm: PackedByteArray) -> void:
	if is_listening() and not pcm.is_empty():
		_sent_bytes += pcm.size()
		_send(pcm)


## Seconds of audio sent (or queued until the socket opens).
func sent_seconds() -> float:
	return _sent_bytes / 2.0 / sample_rate


## Send audio frames (as [method AudioEffectCapture.get_buffer] gives them, stereo in [-1, 1]),
## mixed to mono 16-bit PCM.
func send_frames(frames: PackedVector2Array) -> void:
	send_pcm(pcm_of(frames))


## Send every frame [param capture] has buffered (an [AudioEffectCapture] on a bus that plays the
## microphone; [member sample_rate] must be the mix rate, [method AudioServer.get_mix_rate]).
func feed_capture(capture: AudioEffectCapture) -> void:
	var frames := capture.get_frames_available()
	if frames > 0:
		send_frames(capture.get_buffer(frames))


## The user stopped speaking (push-to-talk released): the daemon transcribes what it has and
## conjures it. Once only.
func end() -> void:
	if _ended or _result != null:
		return
	_ended = true
	_send('{"end": true}')


## Stop at once; [signal finished] reports CANCELLED unless the conjure was over.
func cancel() -> void:
	if _result == null:
		_socket.close()
		_finish(FigmentResult.failure("CANCELLED", "cancelled by the caller"))


## The result, once the conjure ended.
func finished_async() -> FigmentResult:
	if _result == null:
		await finished
	return _result


## Mono 16-bit little-endian PCM of stereo [param frames] in [-1, 1] (clipped).
static func pcm_of(frames: PackedVector2Array) -> PackedByteArray:
	var pcm := PackedByteArray()
	pcm.resize(frames.size() * 2)
	for i in frames.size():
		var sample := clampf((frames[i].x + frames[i].y) * 0.5, -1.0, 1.0)
		pcm.encode_s16(i * 2, int(round(sample * 32767.0)))
	return pcm


## Poll the socket (the client calls this every frame); true once finished.
func poll() -> bool:
	if _result != null:
		return true
	_socket.poll()
	var state := _socket.get_ready_state()
	if state == WebSocketPeer.STATE_OPEN:
		_flush()
	while _socket.get_available_packet_count() > 0 and _failure == null:
		var text := _socket.get_packet().get_string_from_utf8().strip_edges()
		if text.is_empty():
			continue
		_failure = _take_line.call(text, _events, _on_event)
		if _events.size() > 0:
			var last: Dictionary = _events[-1]
			if last.has("transcript") and not last["transcript"].get("partial", false):
				_listening = false
	if _failure != null:
		_socket.close()
		_finish(_failure)
	elif state == WebSocketPeer.STATE_CLOSED:
		_finish(_outcome())
	elif Time.get_ticks_msec() > _deadline_ms:
		_socket.close()
		_finish(FigmentResult.failure("DEADLINE_EXCEEDED", "the live conjure took too long"))
	return _result != null


func _send(message: Variant) -> void:
	_outbox.append(message)
	if _socket.get_ready_state() == WebSocketPeer.STATE_OPEN:
		_flush()


func _flush() -> void:
	while not _outbox.is_empty():
		var message: Variant = _outbox.pop_front()
		var err := (
			_socket.send_text(message) if message is String
			else _socket.send(message, WebSocketPeer.WRITE_MODE_BINARY)
		)
		if err != OK:  # the daemon closed (the poll reports why) or the buffer is full: drop
			_listening = false


func _outcome() -> FigmentResult:
	if _events.is_empty() or not _events[-1].has("done"):
		var why := "the stream ended before 'done'"
		if _socket.get_close_code() > 1000:
			why += " (closed %d %s)" % [_socket.get_close_code(), _socket.get_close_reason()]
		return FigmentResult.failure("UNAVAILABLE", why)
	var rid := str(_events[-1].get("requestId", ""))
	return FigmentResult.ok({"events": _events, "request_id": rid, "done": _events[-1]["done"]})


func _finish(result: FigmentResult) -> void:
	if _result != null:
		return
	_result = result
	_listening = false
	_outbox.clear()
	finished.emit(result)
