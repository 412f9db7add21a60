extends RefCounted
## Motion hints (bob, spin, pulse, breathe, sway, orbit, flicker, drift) as a pose over time
## (internal). Pure functions of time, so a replay on another client moves the same way.

const KINDS := ["bob", "spin", "pulse", "breathe", "sway", "orbit", "flicker", "drift"]
## The animation a breathing GLB carries: its morph target's weight over one breath. Godot's
## glTF importer loops a clip whose name ends in "loop"; [method breath_player] makes sure.
const BREATH_ANIMATION := "breathe_loop"


## The pose at [param t] seconds for [param motions] (ObjectSpec.motions, proto3 JSON):
## [code]{"offset": Vector3, "rotation": Vector3 (radians), "scale": float, "visible": bool}[/code].
## With [param model_breathes] (the shown GLB plays its own breath, see [method breath_player]),
## the first "breathe" motion is left to the model: it is the one the GLB carries.
static func pose(motions: Array, t: float, model_breathes := false) -> Dictionary:
	var offset := Vector3.ZERO
	var rotation := Vector3.ZERO
	var scale := 1.0
	var visible := true
	var skip_breath := model_breathes
	for motion: Variant in motions:
		if not motion is Dictionary:
			continue
		if skip_breath and str(motion.get("kind", "")) == "breathe":
			skip_breath = false
			continue
		var amplitude := float(motion.get("amplitude", 0.0))
		var hz := float(motion.get("frequencyHz", 0.0))
		var phase := TAU * hz * t
		match str(motion.get("kind", "")):
			"bob":
				offset.y += amplitude * sin(phase)
			"spin":
				# Amplitude is turns per second.
				rotation.y += TAU * amplitude * t
			"pulse":
				scale *= 1.0 + amplitude * sin(phase)
			"breathe":
				scale *= 1.0 + amplitude * 0.5 * (1.0 - cos(phase))
			"sway":
				offset.x += amplitude * sin(phase)
				rotation.z += 0.25 * amplitude * sin(phase)
			"orbit":
				offset.x += amplitude * cos(phase)
				offset.z += amplitude * sin(phase)
			"flicker":
				# Hidden for a deterministic fraction (amplitude / 2) of each 1/hz step.
				var step := floori(t * maxf(hz, 0.001))
				visible = visible and _hash01(step) >= clampf(amplitude, 0.0, 2.0) * 0.5
			"drift":
				offset += amplitude * Vector3(
					sin(phase * 0.37), 0.5 * sin(phase * 0.29 + 1.0), cos(phase * 0.31)
				)
	return {"offset": offset, "rotation": rotation, "scale": maxf(scale, 0.01), "visible": visible}


static func _hash01(n: int) -> float:
	var x := (n * 1103515245 + 12345) & 0x7fffffff
	return float(x % 10007) / 10007.0


## Starts the breath of a model made by [method GLTFDocument.generate_scene], looping, at
## [param t] seconds into it (the object's age, so the breath keeps the phase the motion had),
## and returns its AnimationPlayer; null when the GLB carries no breath (the motion then scales
## the body). Call once the model is in the scene tree.
static func breath_player(model: Node, t: float) -> AnimationPlayer:
	for node: Node in model.find_children("*", "AnimationPlayer", true, false):
		var player := node as AnimationPlayer
		if not player.has_animation(BREATH_ANIMATION):
			continue
		var breath := player.get_animation(BREATH_ANIMATION)
		breath.loop_mode = Animation.LOOP_LINEAR
		player.play(BREATH_ANIMATION)
		if breath.length > 0.0:
			player.seek(fmod(t, breath.length), true)
		return player
	return null
