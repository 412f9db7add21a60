extends RefCounted
## Checks of a breathing GLB from the mesh stage (the harness packs it into the project): Godot
## imports its morph target and its animation, the addon loops it, and the object's body leaves
## out its own "breathe" scale while that mesh is shown (the proxy, a box, still breathes by it).

const Motion := preload("res://addons/figment/_motion.gd")
const Units := preload("test_units.gd")


## Run the checks on the GLB at [code]options.breathing[/code], one breath of
## [code]options["breath-seconds"][/code] seconds.
func run_async(c: RefCounted, root: Node3D, options: Dictionary) -> void:
	var path := str(options["breathing"])
	var period := float(options.get("breath-seconds", "0"))
	var bytes := FileAccess.get_file_as_bytes(path)
	if not c.check("breath: the harness packed a breathing GLB", not bytes.is_empty(), path):
		return
	var model := FigmentObject.load_glb(bytes)
	if not c.check("breath: the GLB loads", model != null):
		return
	var instances := model.find_children("*", "MeshInstance3D", true, false)
	c.equal("breath: one mesh", instances.size(), 1)
	var mesh := instances[0] as MeshInstance3D
	c.equal("breath: its morph target is a blend shape", mesh.mesh.get_blend_shape_count(), 1)
	c.equal("breath: ...named as the GLB names it", str(mesh.mesh.get_blend_shape_name(0)), "breathe")
	root.add_child(model)
	var player := Motion.breath_player(model, 0.0)
	if not c.check("breath: the import made an AnimationPlayer with the breath", player != null):
		model.queue_free()
		return
	var breath := player.get_animation(Motion.BREATH_ANIMATION)
	c.equal("breath: it loops", breath.loop_mode, Animation.LOOP_LINEAR)
	c.near("breath: one breath long", breath.length, period, 1e-3)
	c.equal("breath: a blend shape track", breath.track_get_type(0), Animation.TYPE_BLEND_SHAPE)
	c.check("breath: playing", player.is_playing())
	c.equal("breath: ...the breath", str(player.current_animation), Motion.BREATH_ANIMATION)
	player.seek(period * 0.5, true)
	c.near("breath: the top of the breath at half a period", mesh.get_blend_shape_value(0), 1.0, 1e-3)
	player.seek(period * 0.25, true)
	c.near("breath: half way up at a quarter", mesh.get_blend_shape_value(0), 0.5, 0.01)
	player.seek(period, true)
	c.near("breath: at rest after a whole breath", mesh.get_blend_shape_value(0), 0.0, 1e-3)
	var at := player.current_animation_position
	for frame in 3:
		await root.get_tree().process_frame
	var moved := player.current_animation_position != at
	c.check("breath: ...and it goes on", player.is_playing() and moved)
	model.queue_free()
	await _object_async(c, root, bytes, period)


# The object: its body scales with "breathe" under the proxy (a box), not under a breathing mesh.
func _object_async(c: RefCounted, root: Node3D, bytes: PackedByteArray, period: float) -> void:
	var client := Units.HeldAssets.new()
	root.add_child(client)
	client.assets["box"] = Units.make_glb(0.5)
	client.assets["breathing"] = bytes
	var node := FigmentObject.new()
	node.setup(client)
	node.morph_seconds = 0.0
	root.add_child(node)
	var motions := [{"kind": "breathe", "amplitude": 0.2, "frequencyHz": 1.0 / period}]
	node.apply_event_async({"object": {"spec": {"name": "teapot", "motions": motions}}})
	node.apply_event_async({"proxy": {"asset": {"id": "box"}}})
	client.release("box")
	node._process(period * 0.5)  # half a breath later
	c.near("breath: the proxy breathes by the body's scale", node.body.scale.x, 1.2, 1e-3)
	node.apply_event_async({"mesh": {"asset": {"id": "breathing"}}})
	client.release("breathing")
	node._process(0.0)
	c.near("breath: a breathing mesh is not scaled as well", node.body.scale.x, 1.0, 1e-6)
	var player := node.get_model().find_children("*", "AnimationPlayer", true, false)
	c.check(
		"breath: ...it breathes itself, in the phase the body had",
		not player.is_empty()
		and (player[0] as AnimationPlayer).is_playing()
		and absf((player[0] as AnimationPlayer).current_animation_position - period * 0.5) < 1e-3
	)
	node.queue_free()
	client.queue_free()
	await root.get_tree().process_frame
