class_name FigmentMicrophone
extends Node
## Conjures from the microphone while the user speaks, through a [FigmentSpawner]: what it hears is
## streamed to the daemon as it comes ([FigmentLive]), so the object can appear before the user has
## finished.
##
## [method start_listening] when the user starts (a button pressed), [method stop_listening] when
## they stop (released); without [member push_to_talk] the daemon also ends the utterance at the
## silence after speech, and listening stops by itself. It plays [member source] (the microphone,
## an [AudioStreamMicrophone], by default) on a muted bus with an [AudioEffectCapture] and sends
## what the capture gets. The microphone needs Project Settings → Audio → Driver → Enable Input
## (and, on the web, the page's permission).

## Listening started: [param live] takes the audio.
signal listening_started(live: FigmentLive)
## Listening stopped: the user stopped, or the daemon heard the whole utterance.
signal listening_stopped

## The spawner that conjures what is heard; when empty, the parent if it is one.
@export var spawner: FigmentSpawner
## End only at [method stop_listening], not at the silence after speech.
@export var push_to_talk: bool = false
## The bus the capture is on, made when missing and muted (the voice is not played back).
@export var bus: String = "FigmentMicrophone"
## What to listen to; empty for the microphone. Any stream works the same (a recording, say).
@export var source: AudioStream

## The live conjure of the last [method start_listening].
var live: FigmentLive

var _player: AudioStreamPlayer
var _capture: AudioEffectCapture


## True while it listens.
func is_listening() -> bool:
	return _player != null


## Start listening and conjuring what is heard; null when already listening or without a spawner.
func start_listening() -> FigmentLive:
	if _player != null:
		return null
	if spawner == null:
		spawner = get_parent() as FigmentSpawner
	if spawner == null:
		push_error("FigmentMicrophone: no spawner to conjure with")
		return null
	_capture = _capture_on(bus)
	_capture.clear_buffer()
	_player = AudioStreamPlayer.new()
	_player.name = "Source"
	_player.stream = source if source != null else AudioStreamMicrophone.new()
	_player.bus = bus
	# Mixed by the engine, so the bus's capture hears it: the web's default plays streams as Web Audio
	# samples, past the buses' effects.
	_player.playback_type = AudioServer.PLAYBACK_TYPE_STREAM
	add_child(_player)
	_player.play()
	live = spawner.conjure_live(int(AudioServer.get_mix_rate()), push_to_talk)
	listening_started.emit(live)
	return live


## Stop listening: what was heard so far is sent, and the daemon conjures it.
func stop_listening() -> void:
	if _player == null:
		return
	live.feed_capture(_capture)
	live.end()
	_stop()


func _process(_delta: float) -> void:
	if _player == null:
		return
	if live.is_listening():
		live.feed_capture(_capture)
	else:
		_stop()  # the daemon heard the whole utterance (or the conjure ended)


func _exit_tree() -> void:
	stop_listening()


func _stop() -> void:
	_player.stop()
	_player.queue_free()
	_player = null
	_capture.clear_buffer()
	listening_stopped.emit()


# The capture effect on [param name], making the bus (muted) when it is missing.
static func _capture_on(name: String) -> AudioEffectCapture:
	var index := AudioServer.get_bus_index(name)
	if index < 0:
		index = AudioServer.bus_count
		AudioServer.add_bus(index)
		AudioServer.set_bus_name(index, name)
		AudioServer.set_bus_mute(index, true)
	for effect in AudioServer.get_bus_effect_count(index):
		var found := AudioServer.get_bus_effect(index, effect) as AudioEffectCapture
		if found != null:
			return found
	var capture := AudioEffectCapture.new()
	capture.buffer_length = 1.0  # seconds: a slow frame must not drop speech
	AudioServer.add_bus_effect(index, capture)
	return capture
