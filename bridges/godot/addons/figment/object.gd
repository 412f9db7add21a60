class_name FigmentObject
extends Node3D
## A conjured object in the scene: proxy, then mesh, its sound, its spoken line and its label.
##
## Children: [code]Body[/code] (moved by the motion hints) holding [code]Proxy[/code] or
## [code]Mesh[/code]; [code]Sound[/code] and [code]Speech[/code] (AudioStreamPlayer3D);
## [code]Label[/code] (Label3D, the fiction label). Fed either by a conjure stream
## ([method apply_event_async]) or by a room's scene objects ([method apply_scene_object_async]).

## An asset was loaded and attached ([param kind]: proxy, mesh, sound, speech).
signal asset_loaded(kind: String, node: Node)
## An asset could not be fetched or decoded.
signal asset_failed(kind: String, message: String)
## The stream finished and every asset it named is loaded (or failed).
signal completed

const Audio := preload("_audio.gd")
const Motion := preload("_motion.gd")

## The request that made it.
var request_id: String = ""
## Its id in its room (known when the stream finishes).
var object_id: String = ""
## The ObjectSpec (proto3 JSON).
var spec: Dictionary = {}
## The Label of the output (mode, fiction, text).
var label: Dictionary = {}
## The text the model wrote.
var text: String = ""
## Play the object's sound as soon as it is loaded.
var autoplay_sound: bool = true
## Play the spoken line as soon as it is loaded.
var autoplay_speech: bool = true
## Show the fiction label.
var show_label: bool = true

var body: Node3D
var sound_player: AudioStreamPlayer3D
var speech_player: AudioStreamPlayer3D
var label_node: Label3D

var _client: FigmentClient
var _loaded: Dictionary = {}
var _pending: int = 0
var _finished: bool = false
var _time: float = 0.0


func _init() -> void:
	body = Node3D.new()
	body.name = "Body"
	add_child(body)
	sound_player = AudioStreamPlayer3D.new()
	sound_player.name = "Sound"
	add_child(sound_player)
	speech_player = AudioStreamPlayer3D.new()
	speech_player.name = "Speech"
	add_child(speech_player)
	label_node = Label3D.new()
	label_node.name = "Label"
	label_node.billboard = BaseMaterial3D.BILLBOARD_ENABLED
	label_node.pixel_size = 0.002
	label_node.font_size = 48
	label_node.outline_size = 12
	label_node.visible = false
	add_child(label_node)


## Bind the client used to fetch assets.
func setup(client: FigmentClient) -> void:
	_client = client


## True once the stream is over and no asset is still loading.
func is_complete() -> bool:
	return _finished and _pending == 0


## The mesh node ([code]Body/Mesh[/code]) or the proxy while the mesh is not in yet; null before.
func get_model() -> Node3D:
	var mesh := body.get_node_or_null("Mesh") as Node3D
	return mesh if mesh != null else body.get_node_or_null("Proxy") as Node3D


## Apply one ConjureEvent (proto3 JSON) from [method FigmentClient.conjure_async]. Returns at
## once; assets load in the background and [signal completed] says when all are in.
func apply_event_async(event: Dictionary) -> void:
	request_id = str(event.get("requestId", request_id))
	if event.has("label"):
		_set_label(event["label"])
	if event.has("textDone"):
		text = str(event["textDone"].get("text", ""))
	elif event.has("object"):
		spec = event["object"].get("spec", {})
	elif event.has("done"):
		object_id = str(event["done"].get("objectId", ""))
		_finished = true
		_check_complete()
	else:
		for kind: String in ["proxy", "mesh", "sound", "speech"]:
			if event.has(kind):
				_load(kind, event[kind])


## Apply a SceneObject (proto3 JSON) from a room subscription; loads only what is new, in the
## background.
func apply_scene_object_async(scene_object: Dictionary) -> void:
	object_id = str(scene_object.get("objectId", object_id))
	request_id = str(scene_object.get("requestId", request_id))
	text = str(scene_object.get("text", text))
	spec = scene_object.get("spec", spec)
	if scene_object.has("label"):
		_set_label(scene_object["label"])
	if scene_object.get("complete", false):
		_finished = true
	for kind: String in ["proxy", "mesh", "sound", "speech"]:
		var payload: Dictionary = scene_object.get(kind, {})
		if not payload.is_empty():
			_load(kind, payload)
	_check_complete()


func _process(delta: float) -> void:
	_time += delta
	var pose: Dictionary = Motion.pose(spec.get("motions", []), _time)
	body.position = pose["offset"]
	body.rotation = pose["rotation"]
	body.scale = Vector3.ONE * float(pose["scale"])
	body.visible = pose["visible"]


func _set_label(value: Dictionary) -> void:
	label = value
	var caption := str(value.get("text", ""))
	if caption.is_empty() and value.get("fiction", false):
		caption = "fiction"
	label_node.text = caption
	label_node.visible = show_label and not caption.is_empty()
	var size: Dictionary = spec.get("size", {})
	label_node.position = Vector3(0.0, float(size.get("y", 0.5)) * 0.6 + 0.15, 0.0)


# The download waits on the client, not here: this node may be freed before it ends.
func _load(kind: String, payload: Dictionary) -> void:
	var ref: Dictionary = payload.get("wav" if kind == "speech" else "asset", {})
	var asset_id := str(ref.get("id", ""))
	if asset_id.is_empty() or _loaded.get(kind, "") == asset_id or _client == null:
		return
	_loaded[kind] = asset_id
	_pending += 1
	_client.get_asset(asset_id, _on_asset_fetched.bind(kind, payload))


func _on_asset_fetched(fetched: FigmentResult, kind: String, payload: Dictionary) -> void:
	if fetched.is_exception():
		asset_failed.emit(kind, str(fetched))
	else:
		_attach(kind, payload, fetched.bytes)
	_pending -= 1
	_check_complete()


func _attach(kind: String, payload: Dictionary, bytes: PackedByteArray) -> void:
	if kind == "proxy" or kind == "mesh":
		_attach_model(kind, bytes)
		return
	var stream := Audio.load_wav(bytes)
	if stream == null:
		asset_failed.emit(kind, "not a WAV file this engine can play")
		return
	var player := sound_player if kind == "sound" else speech_player
	if kind == "sound":
		var emitter: Dictionary = payload.get("emitter", {})
		Audio.configure_player(player, emitter)
		if emitter.get("loop", false):
			Audio.set_looping(stream, Audio.wav_frames(bytes))
	player.stream = stream
	if (autoplay_sound if kind == "sound" else autoplay_speech) and is_inside_tree():
		player.play()
	asset_loaded.emit(kind, player)


func _attach_model(kind: String, bytes: PackedByteArray) -> void:
	if kind == "proxy" and body.has_node("Mesh"):
		return  # the mesh beat the proxy: nothing to show in between
	var model := load_glb(bytes)
	if model == null:
		asset_failed.emit(kind, "not a GLB this engine can load")
		return
	for old: String in ["Proxy", "Mesh"]:
		var previous := body.get_node_or_null(old)
		if previous != null:
			body.remove_child(previous)
			previous.queue_free()
	model.name = "Mesh" if kind == "mesh" else "Proxy"
	body.add_child(model)
	asset_loaded.emit(kind, model)


func _check_complete() -> void:
	if is_complete():
		completed.emit()


## A scene from GLB bytes, or null.
static func load_glb(bytes: PackedByteArray) -> Node3D:
	var document := GLTFDocument.new()
	var state := GLTFState.new()
	if document.append_from_buffer(bytes, "", state) != OK:
		return null
	return document.generate_scene(state) as Node3D
