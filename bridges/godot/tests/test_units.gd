extends RefCounted
## Checks that need no daemon: WAV loading, motion, emitter mapping, results, requests, anchors.

const Audio := preload("res://addons/figment/_audio.gd")
const Motion := preload("res://addons/figment/_motion.gd")
# Labels as the gateway prints them (defaults included), parsed as the client parses a stream line:
# before the text is whole, and once it was judged (a blend of "auto": the router's experts).
const UNJUDGED := (
	'{"mode":"MODE_IMAGINATIVE","fiction":true,'
	+ '"text":"Imagined (fiction, not fact): pip 1, auto 1, intensity 1.",'
	+ '"adapters":[{"name":"pip","weight":1.0},{"name":"auto","weight":1.0}],"intensity":1.0,'
	+ '"consentMissing":false}'
)
const JUDGED := (
	'{"mode":"MODE_IMAGINATIVE","fiction":true,"text":"Imagined (fiction, not fact): pip 1, '
	+ 'ocean 0.5, clockwork 0.5, intensity 1. Experts chosen by the router. Type II, uselessly '
	+ 'insightful.","adapters":[{"name":"pip","weight":1.0},{"name":"ocean","weight":0.5},'
	+ '{"name":"clockwork","weight":0.5}],"intensity":1.0,"judgement":{"type":'
	+ '"HALLUCINATION_TYPE_II","coherence":0.82,"novelty":0.61,"violation":0.7,"perplexity":18.5,'
	+ '"perplexitySource":"base","domains":["ocean","clockwork"],"note":""},"consentMissing":false}'
)
const COHERENCE_ONLY := (
	'{"mode":"MODE_IMAGINATIVE","fiction":true,"text":"Imagined (fiction, not fact): pip 1, '
	+ 'intensity 1. Type III, incoherent.","adapters":[{"name":"pip","weight":1.0}],'
	+ '"intensity":1.0,"judgement":{"type":"HALLUCINATION_TYPE_III","coherence":0.3,'
	+ '"novelty":-1.0,"violation":-1.0,"perplexity":210.0,"perplexitySource":"generator",'
	+ '"note":"coherence only: no embedder","domains":[]},"consentMissing":false}'
)


## A client whose assets are made by the test and delivered when the test says, in any order.
class HeldAssets:
	extends FigmentClient
	## Bytes by asset id.
	var assets: Dictionary = {}
	## Callbacks of the downloads asked for and not yet delivered, by asset id.
	var waiting: Dictionary = {}

	func get_asset(asset_id: String, on_done: Callable) -> void:
		waiting[asset_id] = on_done

	## Deliver [param asset_id]'s download.
	func release(asset_id: String) -> void:
		var on_done: Callable = waiting[asset_id]
		waiting.erase(asset_id)
		var fetched := FigmentResult.ok({"id": asset_id})
		fetched.bytes = assets[asset_id]
		on_done.call(fetched)


## Run every offline check under [param root] (a node in the scene tree).
func run_async(c: RefCounted, root: Node3D) -> void:
	_wav(c)
	_motion(c)
	_emitter(c)
	_results(c)
	_spawner(c, root)
	_label(c, root)
	_judgement(c)
	_judged_object(c, root)
	_judged_requests(c, root)
	await _morph_async(c, root)
	_room_revisions(c, root)
	await _unreachable_async(c, root)
	await _live_unreachable_async(c, root)


# A live conjure's audio, and one whose daemon is not there: it ends, UNAVAILABLE, once.
func _live_unreachable_async(c: RefCounted, root: Node3D) -> void:
	var frames := PackedVector2Array([Vector2(0.5, 0.5), Vector2(1.0, -1.0), Vector2(2.0, 2.0)])
	var pcm := FigmentLive.pcm_of(frames)
	c.equal("live: frames become mono 16-bit", pcm.decode_s16(0), 16384)
	c.equal("live: ...left and right mixed", pcm.decode_s16(2), 0)
	c.equal("live: ...clipped", pcm.decode_s16(4), 32767)
	var client := FigmentClient.new()
	root.add_child(client)
	client.port = 9  # discard: nothing listens
	var failed: Array = []
	client.conjure_failed.connect(func(_rid: String, err: Dictionary) -> void: failed.append(err))
	var live := client.conjure_live({"text": "dropped: the input is the speech"}, 16000)
	live.send_pcm(pcm)
	c.near("live: audio is queued until the socket opens", live.sent_seconds(), 3.0 / 16000.0)
	live.end()
	live.end()
	c.check("live: not listening once ended", not live.is_listening())
	var result := await live.finished_async()
	c.equal("live: unreachable daemon is UNAVAILABLE", result.code, "UNAVAILABLE")
	c.check("live: ...finished", live.is_finished())
	await root.get_tree().process_frame
	c.equal("live: failure emitted once", failed.size(), 1)
	client.queue_free()


## A GLB of a box [param size] metres wide, exported by the engine.
static func make_glb(size: float) -> PackedByteArray:
	var scene := Node3D.new()
	var instance := MeshInstance3D.new()
	var box := BoxMesh.new()
	box.size = Vector3.ONE * size
	instance.mesh = box
	scene.add_child(instance)
	instance.owner = scene
	var document := GLTFDocument.new()
	var state := GLTFState.new()
	var bytes := PackedByteArray()
	if document.append_from_scene(scene, state) == OK:
		bytes = document.generate_buffer(state)
	scene.free()
	return bytes


# The width of the box a model shows (its first mesh's bounds).
static func _model_width(model: Node3D) -> float:
	var found := model.find_children("*", "MeshInstance3D", true, false)
	return (found[0] as MeshInstance3D).mesh.get_aabb().size.x if not found.is_empty() else 0.0


static func _models(node: FigmentObject) -> Array[String]:
	var names: Array[String] = []
	for child in node.body.get_children():
		names.append(str(child.name))
	return names


static func _settle_async(node: FigmentObject) -> void:
	var deadline := Time.get_ticks_msec() + 5000
	while node.is_morphing() and Time.get_ticks_msec() < deadline:
		await node.get_tree().process_frame


# Revisions of one object through a stream: one node, its transform and its sound player kept,
# each revised mesh morphed in place, an older revision never shown over a newer one.
func _morph_async(c: RefCounted, root: Node3D) -> void:
	var client := HeldAssets.new()
	root.add_child(client)
	var node := FigmentObject.new()
	node.setup(client)
	node.morph_seconds = 0.1
	root.add_child(node)
	var placed := Transform3D(Basis(Vector3.UP, 0.5), Vector3(1.0, 0.0, -2.0))
	node.transform = placed
	var player := node.sound_player
	var children := node.get_child_count()
	var revised: Array = []
	var assets: Array = []
	node.object_revised.connect(
		func(spec: Dictionary, revision: int, final: bool) -> void:
			revised.append([spec.get("name", ""), revision, final])
	)
	node.asset_revised.connect(
		func(kind: String, _n: Node, revision: int) -> void: assets.append([kind, revision])
	)
	for size: float in [0.5, 1.0, 1.5, 2.0]:
		client.assets["box%s" % size] = make_glb(size)
	client.assets["wav1"] = make_wav(8000, 8000, 1, 16)
	client.assets["wav2"] = make_wav(4000, 8000, 1, 16)
	c.check("morph: the engine exports a GLB", not client.assets["box0.5"].is_empty())
	var ref := func(asset_id: String) -> Dictionary: return {"id": asset_id}

	node.apply_event_async({"object": {"spec": {"name": "lamp"}}})
	node.apply_event_async({"proxy": {"asset": ref.call("box0.5")}})
	client.release("box0.5")
	c.equal("morph: the proxy first", _models(node), ["Proxy"])
	node.apply_event_async({"mesh": {"asset": ref.call("box1.0")}})
	client.release("box1.0")
	c.equal("morph: the mesh grows in as the proxy leaves", _models(node), ["Outgoing", "Mesh"])
	c.check("morph: ...blending", node.is_morphing())
	await _settle_async(node)
	c.equal("morph: then only the mesh", _models(node), ["Mesh"])
	c.near("morph: at full size", node.get_model().scale.x, 1.0)
	var emitter := {"loop": true, "minDistance": 2.0}
	node.apply_event_async({"sound": {"asset": ref.call("wav1"), "emitter": emitter}})
	client.release("wav1")
	var first_sound := node.sound_player.stream

	# Revision 1's mesh is still downloading when revision 2's arrives: 2 wins, 1 is dropped.
	node.apply_event_async({"object": {"spec": {"name": "lamp"}, "revision": 1}})
	node.apply_event_async({"mesh": {"asset": ref.call("box1.5"), "revision": 1}})
	node.apply_event_async({"object": {"spec": {"name": "brass lamp"}, "revision": 2}})
	node.apply_event_async({"mesh": {"asset": ref.call("box2.0"), "revision": 2}})
	client.release("box2.0")
	client.release("box1.5")
	c.equal("morph: the newest mesh is shown", node.asset_revision("mesh"), 2)
	c.near("morph: ...its own box", _model_width(node.get_model()), 2.0, 1e-3)
	# An older revision that arrives after a newer one is not even downloaded.
	node.apply_event_async({"mesh": {"asset": ref.call("box0.5"), "revision": 1}})
	c.check("morph: an older mesh is not fetched", not client.waiting.has("box0.5"))
	# A revision's proxy while a mesh is shown: the mesh stays until its next revision.
	node.apply_event_async({"proxy": {"asset": ref.call("box1.5"), "revision": 3}})
	client.release("box1.5")
	await _settle_async(node)
	c.equal("morph: a proxy never replaces a mesh", _models(node), ["Mesh"])
	node.apply_event_async(
		{"sound": {"asset": ref.call("wav2"), "emitter": emitter, "revision": 2}}
	)
	client.release("wav2")
	c.check("morph: the sound is replaced", node.sound_player.stream != first_sound)
	c.check("morph: ...on the same player", node.sound_player == player)
	c.check("morph: ...which plays on", node.sound_player.playing)
	c.equal("morph: the sound's revision", node.asset_revision("sound"), 2)
	var final_object := {"object": {"spec": {"name": "brass lamp"}, "revision": 2, "final": true}}
	node.apply_event_async(final_object)
	node.apply_event_async(final_object)
	node.apply_event_async({"done": {}})
	c.equal(
		"morph: object_revised once per revision, then final",
		revised,
		[["lamp", 0, false], ["lamp", 1, false], ["brass lamp", 2, false], ["brass lamp", 2, true]]
	)
	c.equal(
		"morph: asset_revised for each asset shown",
		assets,
		[["proxy", 0], ["mesh", 0], ["sound", 0], ["mesh", 2], ["sound", 2]]
	)
	c.check("morph: complete once every download is in", node.is_complete())
	c.equal("morph: the node keeps its transform", node.transform, placed)
	c.equal("morph: ...and its children", node.get_child_count(), children)
	node.queue_free()
	# With no blend time the model is swapped at once.
	var quick := FigmentObject.new()
	quick.setup(client)
	quick.morph_seconds = 0.0
	root.add_child(quick)
	quick.apply_event_async({"mesh": {"asset": ref.call("box1.0")}})
	client.release("box1.0")
	quick.apply_event_async({"mesh": {"asset": ref.call("box2.0"), "revision": 1}})
	client.release("box2.0")
	c.equal("morph: morph_seconds 0 swaps at once", _models(quick), ["Mesh"])
	c.check("morph: ...not morphing", not quick.is_morphing())
	quick.queue_free()
	client.queue_free()


# A room object's revisions: newer ones are announced, an overtaken one is ignored.
func _room_revisions(c: RefCounted, root: Node3D) -> void:
	var node := FigmentObject.new()
	root.add_child(node)
	var revised: Array = []
	node.object_revised.connect(
		func(_spec: Dictionary, revision: int, final: bool) -> void:
			revised.append([revision, final])
	)
	node.apply_scene_object_async({"objectId": "o", "spec": {"name": "a"}, "revision": 1})
	node.apply_scene_object_async({"objectId": "o", "spec": {"name": "old"}})
	node.apply_scene_object_async({"objectId": "o", "spec": {"name": "a"}, "revision": 1})
	node.apply_scene_object_async(
		{"objectId": "o", "spec": {"name": "b"}, "revision": 1, "complete": true}
	)
	c.equal("room: revisions announced once, the final one too", revised, [[1, false], [1, true]])
	c.equal("room: an overtaken revision is ignored", node.spec.get("name"), "b")
	node.queue_free()


## A RIFF/WAVE file: [param frames] frames of a ramp at [param rate] Hz.
static func make_wav(
	frames: int, rate: int, channels: int, bits: int, tag: int = 1
) -> PackedByteArray:
	var width := bits / 8
	var data := PackedByteArray()
	data.resize(frames * channels * width)
	for i in frames * channels:
		var v := float(i % 100) / 100.0 - 0.5
		if tag == 3:
			data.encode_float(i * 4, v)
		elif bits == 16:
			data.encode_s16(i * 2, int(v * 30000.0))
		else:
			data[i] = int(v * 200.0) + 128
	var out := PackedByteArray()
	out.append_array("RIFF".to_ascii_buffer())
	out.resize(8)
	out.encode_u32(4, 36 + data.size())
	out.append_array("WAVEfmt ".to_ascii_buffer())
	var fmt := PackedByteArray()
	fmt.resize(20)
	fmt.encode_u32(0, 16)
	fmt.encode_u16(4, tag)
	fmt.encode_u16(6, channels)
	fmt.encode_u32(8, rate)
	fmt.encode_u32(12, rate * channels * width)
	fmt.encode_u16(16, channels * width)
	fmt.encode_u16(18, bits)
	out.append_array(fmt)
	out.append_array("data".to_ascii_buffer())
	var size := PackedByteArray()
	size.resize(4)
	size.encode_u32(0, data.size())
	out.append_array(size)
	out.append_array(data)
	return out


func _wav(c: RefCounted) -> void:
	var mono16 := make_wav(4000, 8000, 1, 16)
	var parsed := Audio.parse_wav(mono16)
	c.check("wav: 16-bit mono parses", parsed != null)
	if parsed != null:
		c.near("wav: 16-bit mono length", parsed.get_length(), 0.5)
		c.equal("wav: 16-bit format", parsed.format, AudioStreamWAV.FORMAT_16_BITS)
		c.equal("wav: 16-bit samples kept", parsed.data, mono16.slice(44))
	var engine := Audio.load_wav(mono16)
	c.check("wav: engine loader loads", engine != null)
	if engine != null and parsed != null:
		c.near("wav: engine and fallback agree", engine.get_length(), parsed.get_length())
	var stereo8 := Audio.parse_wav(make_wav(2205, 22050, 2, 8))
	c.check("wav: 8-bit stereo parses", stereo8 != null and stereo8.stereo)
	if stereo8 != null:
		c.near("wav: 8-bit stereo length", stereo8.get_length(), 0.1)
		c.equal("wav: 8-bit made signed", stereo8.data[0], (int(-0.5 * 200.0) + 128) ^ 0x80)
	var float32 := Audio.parse_wav(make_wav(1600, 16000, 1, 32, 3))
	c.check("wav: float parses", float32 != null)
	if float32 != null:
		c.near("wav: float length", float32.get_length(), 0.1)
		c.equal("wav: float becomes 16-bit", float32.format, AudioStreamWAV.FORMAT_16_BITS)
		c.equal("wav: float sample", float32.data.decode_s16(0), int(-0.5 * 32767.0))
	var garbage := "not a wav file at all".to_ascii_buffer()
	c.check("wav: garbage rejected", Audio.parse_wav(garbage) == null)
	c.equal("wav: frames from the header", Audio.wav_frames(mono16), 4000)
	c.equal("wav: 8-bit stereo frames", Audio.wav_frames(make_wav(2205, 22050, 2, 8)), 2205)
	c.equal("wav: float frames", Audio.wav_frames(make_wav(1600, 16000, 1, 32, 3)), 1600)
	c.equal("wav: no frames in garbage", Audio.wav_frames(garbage), 0)
	if parsed != null:
		Audio.set_looping(parsed, Audio.wav_frames(mono16))
		c.equal("wav: loop end is the frame count", parsed.loop_end, 4000)
		c.equal("wav: loops forward", parsed.loop_mode, AudioStreamWAV.LOOP_FORWARD)
	# The engine's loader can compress (IMA-ADPCM, QOA): frames are not bytes / sample width there.
	for mode: int in [1, 2]:
		var compressed := _engine_wav(mono16, {"compress/mode": mode})
		c.check("wav: engine loader compresses (mode %d)" % mode, compressed != null)
		if compressed != null:
			Audio.set_looping(compressed, Audio.wav_frames(mono16))
			var name := "wav: compressed loop end is the frame count (mode %d)" % mode
			c.equal(name, compressed.loop_end, 4000)
			c.near("wav: compressed length (mode %d)" % mode, compressed.get_length(), 0.5, 0.01)


# The engine's WAV loader (Godot 4.4+) with import [param options], or null.
static func _engine_wav(bytes: PackedByteArray, options: Dictionary) -> AudioStreamWAV:
	if not ClassDB.class_has_method("AudioStreamWAV", "load_from_buffer"):
		return null
	var loaded: Variant = ClassDB.call(
		"class_call_static", "AudioStreamWAV", "load_from_buffer", bytes, options
	)
	return loaded as AudioStreamWAV


func _motion(c: RefCounted) -> void:
	var bob: Dictionary = Motion.pose([{"kind": "bob", "amplitude": 0.5, "frequencyHz": 1.0}], 0.25)
	c.near("motion: bob peaks at a quarter period", (bob["offset"] as Vector3).y, 0.5)
	var spin: Dictionary = Motion.pose([{"kind": "spin", "amplitude": 1.0, "frequencyHz": 0.0}], 0.5)
	c.near("motion: spin is turns per second", (spin["rotation"] as Vector3).y, PI)
	var pulse: Dictionary = Motion.pose(
		[{"kind": "pulse", "amplitude": 0.2, "frequencyHz": 1.0}], 0.25
	)
	c.near("motion: pulse scales", pulse["scale"], 1.2)
	var breathe: Dictionary = Motion.pose(
		[{"kind": "breathe", "amplitude": 0.2, "frequencyHz": 1.0}], 0.5
	)
	c.near("motion: breathe peaks at half period", breathe["scale"], 1.2)
	var two_breaths := [
		{"kind": "breathe", "amplitude": 0.2, "frequencyHz": 1.0},
		{"kind": "pulse", "amplitude": 0.2, "frequencyHz": 1.0},
		{"kind": "breathe", "amplitude": 0.5, "frequencyHz": 1.0},
	]
	c.near(
		"motion: a model that breathes takes the first breathe, not the others",
		Motion.pose(two_breaths, 0.5, true)["scale"],
		1.5
	)
	c.near("motion: ...which the body plays otherwise", Motion.pose(two_breaths, 0.5)["scale"], 1.8)
	var orbit: Dictionary = Motion.pose([{"kind": "orbit", "amplitude": 0.3, "frequencyHz": 1.0}], 0.0)
	c.near("motion: orbit radius", (orbit["offset"] as Vector3).x, 0.3)
	var sway: Dictionary = Motion.pose([{"kind": "sway", "amplitude": 0.1, "frequencyHz": 1.0}], 0.25)
	c.near("motion: sway sideways", (sway["offset"] as Vector3).x, 0.1)
	var hidden := 0
	for step in 200:
		var flicker: Dictionary = Motion.pose(
			[{"kind": "flicker", "amplitude": 1.0, "frequencyHz": 10.0}], step * 0.1
		)
		hidden += 0 if flicker["visible"] else 1
	c.check("motion: flicker hides sometimes", hidden > 40 and hidden < 160, "hidden %d/200" % hidden)
	var drifted := 0.0
	for step in 50:
		var drift: Dictionary = Motion.pose(
			[{"kind": "drift", "amplitude": 0.4, "frequencyHz": 0.5}], step * 0.37
		)
		drifted = maxf(drifted, (drift["offset"] as Vector3).length())
	c.check("motion: drift moves within its amplitude", drifted > 0.05 and drifted <= 0.4 * 1.5 + 1e-4)
	var still: Dictionary = Motion.pose([{"kind": "unknown", "amplitude": 1.0}, "junk"], 3.0)
	c.equal("motion: unknown kinds are ignored", still["offset"], Vector3.ZERO)
	c.equal("motion: every kind is handled", Motion.KINDS.size(), 8)


func _emitter(c: RefCounted) -> void:
	var player := AudioStreamPlayer3D.new()
	Audio.configure_player(player, {
		"position": {"x": 0.0, "y": 0.5, "z": 0.0}, "minDistance": 2.0, "maxDistance": 30.0,
		"rolloff": "logarithmic", "coneInnerDeg": 90.0, "coneOuterDeg": 180.0,
		"coneOuterGain": 0.25, "doppler": 1.0, "volumeDb": -6.0, "loop": true,
	})
	c.near("emitter: unit size from min distance", player.unit_size, 2.0)
	c.near("emitter: max distance", player.max_distance, 30.0)
	c.equal("emitter: rolloff", player.attenuation_model, AudioStreamPlayer3D.ATTENUATION_LOGARITHMIC)
	c.check("emitter: cone enabled", player.emission_angle_enabled)
	c.near("emitter: emission angle is half the inner cone", player.emission_angle_degrees, 45.0)
	c.near(
		"emitter: outer gain in dB", player.emission_angle_filter_attenuation_db, linear_to_db(0.25),
		1e-3
	)
	var idle_step := AudioStreamPlayer3D.DOPPLER_TRACKING_IDLE_STEP
	c.equal("emitter: doppler", player.doppler_tracking, idle_step)
	c.near("emitter: volume", player.volume_db, -6.0)
	c.equal("emitter: position", player.position, Vector3(0.0, 0.5, 0.0))
	Audio.configure_player(
		player, {"rolloff": "inverse", "coneInnerDeg": 360.0, "coneOuterDeg": 360.0}
	)
	c.check("emitter: omnidirectional has no cone", not player.emission_angle_enabled)
	c.equal(
		"emitter: inverse rolloff", player.attenuation_model,
		AudioStreamPlayer3D.ATTENUATION_INVERSE_DISTANCE
	)
	player.free()


func _results(c: RefCounted) -> void:
	var error := FigmentResult.from_error_body(
		{"error": {"code": "INVALID_ARGUMENT", "message": "too long", "httpStatus": 400}}, 400
	)
	c.check("result: error is an exception", error.is_exception())
	c.equal("result: error code", error.code, "INVALID_ARGUMENT")
	c.equal("result: error message", error.message, "too long")
	var bare := FigmentResult.from_error_body({}, 429)
	c.equal("result: status without body", bare.code, "RESOURCE_EXHAUSTED")
	c.check("result: ok is no exception", not FigmentResult.ok({"a": 1}).is_exception())


func _spawner(c: RefCounted, root: Node3D) -> void:
	var spawner := FigmentSpawner.new()
	spawner.position = Vector3(1.0, 2.0, -3.0)
	spawner.fixed_seed = 42
	spawner.consent = true
	root.add_child(spawner)
	var request := spawner.build_request("a lamp", spawner.anchor_transform())
	c.equal("spawner: seed is a JSON string", request["seed"], "42")
	c.equal("spawner: consent sent", request["consent"], true)
	c.equal("spawner: mode", request["mode"], "MODE_IMAGINATIVE")
	c.equal("spawner: flat scene anchors at the spawner", request["anchor"]["position"]["z"], -3.0)
	var origin := XROrigin3D.new()
	var camera := XRCamera3D.new()
	origin.add_child(camera)
	root.add_child(origin)
	camera.position = Vector3(0.0, 1.6, 0.0)
	camera.make_current()
	var anchor := spawner.anchor_transform()
	c.check(
		"spawner: XR camera anchors in front of it",
		anchor.origin.is_equal_approx(Vector3(0.0, 1.6, -1.5)), str(anchor.origin)
	)
	camera.clear_current()
	origin.queue_free()
	spawner.queue_free()


func _label(c: RefCounted, root: Node3D) -> void:
	var node := FigmentObject.new()
	root.add_child(node)
	node.apply_event_async({"label": {"text": "Imagined (fiction, not fact)", "fiction": true}})
	c.check("label: shown", node.label_node.visible)
	c.equal("label: text", node.label_node.text, "Imagined (fiction, not fact)")
	node.apply_event_async({"done": {"objectId": "abc"}})
	c.check("label: complete without assets", node.is_complete())
	c.equal("label: object id from done", node.object_id, "abc")
	node.queue_free()


static func _parsed(json: String) -> Dictionary:
	return JSON.parse_string(json) as Dictionary


# Reading a verdict: every field, its absence, types by name and number, and the caption.
func _judgement(c: RefCounted) -> void:
	var judged := _parsed(JUDGED)
	var verdict := FigmentJudgement.of_label(judged)
	c.equal("judgement: type", verdict.get("type"), FigmentJudgement.TYPE_II)
	c.near("judgement: coherence", float(verdict.get("coherence")), 0.82)
	c.near("judgement: novelty", float(verdict.get("novelty")), 0.61)
	c.near("judgement: violation", float(verdict.get("violation")), 0.7)
	c.near("judgement: perplexity", float(verdict.get("perplexity")), 18.5)
	c.equal("judgement: perplexity source", verdict.get("perplexitySource"), "base")
	c.equal("judgement: domains", verdict.get("domains"), ["ocean", "clockwork"])
	c.check("judgement: meaning measured", FigmentJudgement.has_meaning_scores(verdict))
	var unjudged := _parsed(UNJUDGED)
	c.equal("judgement: absent before the whole text", FigmentJudgement.of_label(unjudged), {})
	c.equal("judgement: no type before", FigmentJudgement.type_of(unjudged), "")
	c.equal("judgement: null is absent", FigmentJudgement.of_label({"judgement": null}), {})
	c.equal("judgement: an empty label has none", FigmentJudgement.of_label({}), {})
	var bare := FigmentJudgement.of_label(_parsed(COHERENCE_ONLY))
	c.equal("judgement: incoherent", bare.get("type"), FigmentJudgement.TYPE_III)
	c.check("judgement: no embedder, no meaning", not FigmentJudgement.has_meaning_scores(bare))
	c.equal("judgement: the note says so", bare.get("note"), "coherence only: no embedder")
	var literal := FigmentJudgement.type_name(4.0)
	c.equal("judgement: type by number", literal, FigmentJudgement.TYPE_LITERAL)
	var beyond := FigmentJudgement.type_name(9)
	c.equal("judgement: unknown number", beyond, FigmentJudgement.TYPE_UNSPECIFIED)
	var unknown := FigmentJudgement.type_name("X")
	c.equal("judgement: unknown name", unknown, FigmentJudgement.TYPE_UNSPECIFIED)
	c.equal(
		"judgement: short names",
		[FigmentJudgement.short_name(FigmentJudgement.TYPE_I), FigmentJudgement.short_name("x")],
		["Type I", ""]
	)
	var meaning := FigmentJudgement.meaning(FigmentJudgement.TYPE_II)
	c.equal("judgement: meaning", meaning, "uselessly insightful")
	c.equal(
		"judgement: the caption shows the type beside the fiction label",
		FigmentJudgement.caption(judged), "Imagined · Type II\n" + str(judged["text"])
	)
	var caption := FigmentJudgement.caption(unjudged)
	c.equal("judgement: unjudged caption is the text", caption, unjudged["text"])
	var unspecified := {"fiction": true, "text": "t", "judgement": {"type": "NEW_TYPE"}}
	c.equal("judgement: an unknown type adds nothing", FigmentJudgement.caption(unspecified), "t")
	c.check("judgement: the first verdict is news", FigmentJudgement.is_news(judged, unjudged))
	c.check("judgement: the same again is not", not FigmentJudgement.is_news(judged, judged))
	c.check("judgement: another type is", FigmentJudgement.is_news(_parsed(COHERENCE_ONLY), judged))
	c.check("judgement: no verdict is no news", not FigmentJudgement.is_news(unjudged, {}))


# An object fed a conjure whose text is judged: the label shows the type from the whole text on,
# [signal FigmentObject.judged] once; a room's object shows it too; an unjudged one shows none.
func _judged_object(c: RefCounted, root: Node3D) -> void:
	var node := FigmentObject.new()
	root.add_child(node)
	var heard: Array = []
	node.judged.connect(
		func(type: String, verdict: Dictionary) -> void: heard.append([type, verdict.get("note")])
	)
	var unjudged := _parsed(UNJUDGED)
	var judged := _parsed(JUDGED)
	node.apply_event_async({"label": unjudged, "accepted": {"requestId": "r2"}})
	node.apply_event_async({"label": unjudged, "textDelta": {"text": "A lamp that hums in tides."}})
	c.equal("judged: no type before the whole text", node.hallucination_type(), "")
	c.equal("judged: no verdict before", node.judgement, {})
	c.equal("judged: the caption is the text before", node.label_node.text, unjudged["text"])
	node.apply_event_async({"label": judged, "textDone": {"text": "A lamp that hums in tides."}})
	c.equal("judged: the type once whole", node.hallucination_type(), FigmentJudgement.TYPE_II)
	c.check(
		"judged: the label shows the type",
		node.label_node.text.begins_with("Imagined · Type II\n"), node.label_node.text
	)
	c.check("judged: the label stays visible", node.label_node.visible)
	node.apply_event_async({"label": judged, "object": {"spec": {"name": "lamp"}, "final": true}})
	node.apply_event_async({"label": judged, "done": {"objectId": "o2"}})
	c.equal("judged: announced once, with the verdict", heard, [["HALLUCINATION_TYPE_II", ""]])
	c.near("judged: the scores", float(node.judgement.get("coherence")), 0.82)
	node.queue_free()

	var plain := FigmentObject.new()
	root.add_child(plain)
	plain.apply_event_async({"label": unjudged, "done": {"objectId": "o3"}})
	c.equal("judged: a label without judgement has no type", plain.hallucination_type(), "")
	c.check("judged: ...and no type in the caption", not "Type" in plain.label_node.text)
	plain.queue_free()

	var shared := FigmentObject.new()
	root.add_child(shared)
	shared.apply_scene_object_async(
		{"objectId": "o2", "label": _parsed(COHERENCE_ONLY), "complete": true}
	)
	c.equal("judged: a room's object", shared.hallucination_type(), FigmentJudgement.TYPE_III)
	c.check(
		"judged: ...shows its type", shared.label_node.text.begins_with("Imagined · Type III\n")
	)
	shared.queue_free()


# The router and best of N in the spawner's request; the verdict through the spawner and the
# client (fed an event as a stream line would be).
func _judged_requests(c: RefCounted, root: Node3D) -> void:
	var spawner := FigmentSpawner.new()
	root.add_child(spawner)
	var plain := spawner.build_request("a lamp", Transform3D())
	c.check("request: no blend by default", not plain.has("blend"))
	c.check("request: no text options by default", not plain.has("stageOptions"))
	spawner.auto_experts = true
	spawner.candidates = 3
	var routed := spawner.build_request("a lamp", Transform3D())
	c.equal("request: auto blend", routed["blend"], [{"name": "auto", "weight": 1.0}])
	c.equal("request: candidates", routed["stageOptions"], {"text": {"candidates": 3}})
	var client := FigmentClient.new()
	root.add_child(client)
	var judged_objects: Array = []
	spawner.object_judged.connect(
		func(node: FigmentObject, type: String, _v: Dictionary) -> void:
			judged_objects.append([str(node.name), type])
	)
	var node := spawner._spawn(client, Transform3D())  # the object conjure_async would feed
	node.name = "judged"
	node.apply_event_async({"label": _parsed(JUDGED), "textDone": {"text": "t"}})
	c.equal("spawner: object_judged", judged_objects, [["judged", FigmentJudgement.TYPE_II]])
	var texts: Array = []
	client.text_judged.connect(
		func(rid: String, type: String, verdict: Dictionary) -> void:
			texts.append([rid, type, verdict.get("domains")])
	)
	client._emit_event({"requestId": "r2", "label": _parsed(UNJUDGED), "textDone": {"text": "t"}})
	client._emit_event({"requestId": "r2", "label": _parsed(JUDGED), "textDone": {"text": "t"}})
	client._emit_event({"requestId": "r2", "label": _parsed(JUDGED), "done": {}})
	c.equal(
		"client: text_judged once, at the judged text", texts,
		[["r2", FigmentJudgement.TYPE_II, ["ocean", "clockwork"]]]
	)
	spawner.queue_free()
	client.queue_free()


func _unreachable_async(c: RefCounted, root: Node3D) -> void:
	var client := FigmentClient.new()
	root.add_child(client)
	client.port = 9  # discard: nothing listens
	client.retry_delay = 0.01
	client.max_retries = 2
	var failed: Array = []
	client.conjure_failed.connect(func(_rid: String, err: Dictionary) -> void: failed.append(err))
	var result := await client.conjure_async({"text": "a lamp"})
	c.equal("client: unreachable daemon is UNAVAILABLE", result.code, "UNAVAILABLE")
	c.equal("client: failure emitted once", failed.size(), 1)
	client.retry_delay = 30.0
	client.timeout = 300.0
	root.get_tree().create_timer(0.2).timeout.connect(client.cancel)
	var cancelled: FigmentResult = await client.describe_async()
	c.equal("client: cancel during backoff", cancelled.code, "CANCELLED")
	client.queue_free()
