class_name FigmentObject
extends Node3D
## A conjured object in the scene: proxy, then mesh, its sound, its spoken line and its label.
##
## Children: [code]Body[/code] (moved by the motion hints; a mesh whose GLB breathes plays that
## breath itself, and the body then leaves out the "breathe" scale) holding [code]Proxy[/code] or
## [code]Mesh[/code]; [code]Sound[/code] and [code]Speech[/code] (AudioStreamPlayer3D);
## [code]Label[/code] (Label3D, the fiction label, with the type beside it once the daemon judged
## the text: [signal judged]). Fed either by a conjure stream
## ([method apply_event_async]) or by a room's scene objects ([method apply_scene_object_async]).
##
## The object may be revised while its text streams: a revised mesh morphs in place (the new
## model grows in as the old one shrinks away over [member morph_seconds], under the same
## [code]Body[/code]), a revised sound replaces the stream of the same player and plays on from
## where it was. The node, its transform and its players stay; an asset older than the one
## already asked for is never shown.

## An asset was loaded and attached ([param kind]: proxy, mesh, sound, speech).
signal asset_loaded(kind: String, node: Node)
## The object's description was revised: [param revision] counts from 0 (the wish) and
## [param final] says no later revision will come (a final object may repeat the last revision).
signal object_revised(spec: Dictionary, revision: int, final: bool)
## A proxy, mesh or sound built from [param revision] is in place: the first of its kind, or one
## that replaced an older revision in place ([param node]: the model, or the sound's player).
signal asset_revised(kind: String, node: Node, revision: int)
## An asset could not be fetched or decoded.
signal asset_failed(kind: String, message: String)
## The stream finished and every asset it named is loaded (or failed).
signal completed
## The daemon judged the object's text once it was whole: [param type] is one of the
## [FigmentJudgement] constants (e.g. [constant FigmentJudgement.TYPE_II]) and [param judgement]
## the verdict (scores, domains, note). Emitted once per verdict; the label then shows the type.
signal judged(type: String, judgement: Dictionary)

const Audio := preload("_audio.gd")
const Motion := preload("_motion.gd")
const _BREATHES := &"figment_breathes"

## The request that made it.
var request_id: String = ""
## Its id in its room (known when the stream finishes).
var object_id: String = ""
## The ObjectSpec (proto3 JSON), its latest revision.
var spec: Dictionary = {}
## The revision of [member spec]; -1 before the first.
var revision: int = -1
## True once the final revision arrived.
var revision_final: bool = false
## Seconds a revised model takes to grow in while the one before shrinks away; 0 swaps at once.
var morph_seconds: float = 0.35
## The Label of the output (mode, fiction, text, and [code]judgement[/code] once judged).
var label: Dictionary = {}
## The verdict on its text ([method FigmentJudgement.of_label]); empty until judged.
var judgement: Dictionary = {}
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
var _asked: Dictionary = {}
var _shown: Dictionary = {}
var _pending: int = 0
var _incoming: Node3D
var _incoming_scale: Vector3 = Vector3.ONE
var _outgoing: Node3D
var _outgoing_scale: Vector3 = Vector3.ONE
var _morph: float = 1.0
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


## The revision the shown [param kind] (proxy, mesh, sound) was built from; -1 when none is.
func asset_revision(kind: String) -> int:
	return int(_shown.get(kind, -1))


## True while a revised model is still growing in (the one it replaces is then still there).
func is_morphing() -> bool:
	return _morph < 1.0


## The type of its text's verdict (a [FigmentJudgement] constant); empty until judged.
func hallucination_type() -> String:
	return str(judgement.get("type", ""))


## Apply one ConjureEvent (proto3 JSON) from [method FigmentClient.conjure_async]. Returns at
## once; assets load in the background and [signal completed] says when all are in.
func apply_event_async(event: Dictionary) -> void:
	request_id = str(event.get("requestId", request_id))
	if event.has("label"):
		_set_label(event["label"])
	if event.has("textDone"):
		text = str(event["textDone"].get("text", ""))
	elif event.has("object"):
		var revised: Dictionary = event["object"]
		_revise(
			revised.get("spec", {}), int(revised.get("revision", 0)), revised.get("final", false)
		)
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
	if scene_object.has("spec"):
		var complete: bool = scene_object.get("complete", false)
		_revise(scene_object["spec"], int(scene_object.get("revision", 0)), complete)
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
	var model := get_model()
	var breathes := model != null and model.has_meta(_BREATHES)
	var pose: Dictionary = Motion.pose(spec.get("motions", []), _time, breathes)
	body.position = pose["offset"]
	body.rotation = pose["rotation"]
	body.scale = Vector3.ONE * float(pose["scale"])
	body.visible = pose["visible"]
	if _morph < 1.0:
		_morph = minf(1.0, _morph + delta / maxf(morph_seconds, 0.001))
		_set_morph(_morph)


# A newer revision of the description: kept, and announced once per revision (and once more when
# it becomes final). An older one (a room event overtaken by a newer one) is ignored.
func _revise(value: Dictionary, number: int, final: bool) -> void:
	if number < revision:
		return
	spec = value  # the same revision may still differ in provenance (spans)
	if number == revision and (revision_final or not final):
		return
	revision = number
	revision_final = final
	object_revised.emit(spec, revision, final)


# Every event's label: the caption follows it, with the type beside the fiction label once the
# text is judged; a new verdict is announced once.
func _set_label(value: Dictionary) -> void:
	var news := FigmentJudgement.is_news(value, label)
	label = value
	judgement = FigmentJudgement.of_label(value)
	var caption := FigmentJudgement.caption(value)
	if caption.is_empty() and value.get("fiction", false):
		caption = "fiction"
	label_node.text = caption
	label_node.visible = show_label and not caption.is_empty()
	var size: Dictionary = spec.get("size", {})
	label_node.position = Vector3(0.0, float(size.get("y", 0.5)) * 0.6 + 0.15, 0.0)
	if news:
		judged.emit(hallucination_type(), judgement)


# The download waits on the client, not here: this node may be freed before it ends. Only the
# newest revision of each kind is asked for; an older one arriving late is skipped.
func _load(kind: String, payload: Dictionary) -> void:
	var ref: Dictionary = payload.get("wav" if kind == "speech" else "asset", {})
	var asset_id := str(ref.get("id", ""))
	var built_from := int(payload.get("revision", 0))
	if asset_id.is_empty() or _loaded.get(kind, "") == asset_id or _client == null:
		return
	if built_from < int(_asked.get(kind, -1)):
		return
	_loaded[kind] = asset_id
	_asked[kind] = built_from
	_pending += 1
	_client.get_asset(asset_id, _on_asset_fetched.bind(kind, payload, asset_id))


func _on_asset_fetched(
	fetched: FigmentResult, kind: String, payload: Dictionary, asset_id: String
) -> void:
	# Skipped when a newer revision was asked for while this one downloaded.
	if _loaded.get(kind, "") == asset_id:
		if fetched.is_exception():
			asset_failed.emit(kind, str(fetched))
		else:
			_attach(kind, payload, fetched.bytes)
	_pending -= 1
	_check_complete()


func _attach(kind: String, payload: Dictionary, bytes: PackedByteArray) -> void:
	var built_from := int(payload.get("revision", 0))
	if kind == "proxy" or kind == "mesh":
		_attach_model(kind, bytes, built_from)
		return
	var stream := Audio.load_wav(bytes)
	if stream == null:
		asset_failed.emit(kind, "not a WAV file this engine can play")
		return
	var player := sound_player if kind == "sound" else speech_player
	# A revised sound goes on from where the one it replaces was, on the same player.
	var resume_at := player.get_playback_position() if player.playing else -1.0
	if kind == "sound":
		var emitter: Dictionary = payload.get("emitter", {})
		Audio.configure_player(player, emitter)
		if emitter.get("loop", false):
			Audio.set_looping(stream, Audio.wav_frames(bytes))
	player.stream = stream
	if (autoplay_sound if kind == "sound" else autoplay_speech) and is_inside_tree():
		var length := stream.get_length()
		player.play(fmod(resume_at, length) if resume_at > 0.0 and length > 0.0 else 0.0)
	asset_loaded.emit(kind, player)
	if kind == "sound":
		_shown[kind] = built_from
		asset_revised.emit(kind, player, built_from)


func _attach_model(kind: String, bytes: PackedByteArray, built_from: int) -> void:
	if kind == "proxy" and body.has_node("Mesh"):
		# The mesh beat the proxy, or this proxy is of a revision whose mesh is still being
		# built: the shown mesh stays until that mesh morphs in.
		return
	var model := load_glb(bytes)
	if model == null:
		asset_failed.emit(kind, "not a GLB this engine can load")
		return
	var previous := get_model()
	if previous != null:
		_end_morph()  # a morph still running finishes at once: at most one model leaves at a time
		previous = get_model()
	model.name = "Mesh" if kind == "mesh" else "Proxy"
	if previous != null:
		previous.name = "Outgoing"
		_outgoing = previous
		_outgoing_scale = previous.scale
	body.add_child(model)
	# A GLB that breathes plays its own breath (a morph target): the body then does not scale.
	if Motion.breath_player(model, _time) != null:
		model.set_meta(_BREATHES, true)
	_incoming = model
	_incoming_scale = model.scale
	_morph = 0.0
	if previous == null or morph_seconds <= 0.0 or not is_inside_tree():
		_end_morph()
	else:
		_set_morph(0.0)
	_shown[kind] = built_from
	asset_loaded.emit(kind, model)
	asset_revised.emit(kind, model, built_from)


# The blend at [param t] in [0, 1]: the incoming model grows from nothing as the outgoing one
# shrinks away (a scale never quite 0: a singular basis is not drawable).
func _set_morph(t: float) -> void:
	var k := smoothstep(0.0, 1.0, t)
	if is_instance_valid(_incoming):
		_incoming.scale = _incoming_scale * maxf(k, 0.001)
	if is_instance_valid(_outgoing):
		_outgoing.scale = _outgoing_scale * maxf(1.0 - k, 0.001)
	if t >= 1.0:
		_end_morph()


func _end_morph() -> void:
	_morph = 1.0
	if is_instance_valid(_incoming):
		_incoming.scale = _incoming_scale
	if is_instance_valid(_outgoing):
		body.remove_child(_outgoing)
		_outgoing.queue_free()
	_incoming = null
	_outgoing = null


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
