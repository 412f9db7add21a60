extends Node3D
## Runs the addon's checks and quits with 0 when all passed, 1 otherwise.
##
## Offline checks always run; with [code]--figment-breathing=res://PATH.glb[/code] and
## [code]--figment-breath-seconds=S[/code], the checks of a breathing GLB of the mesh stage (one
## breath of S seconds) too. With [code]--figment-http=HOST:PORT[/code] (and optionally
## [code]--figment-token=T[/code]) on the command line, the live checks conjure through a real
## daemon too. The last line printed is [code]FIGMENT-REPORT {json}[/code] for the harness.

const Checks := preload("checks.gd")
const Units := preload("test_units.gd")
const Live := preload("test_live.gd")
const Breath := preload("test_breath.gd")


func _ready() -> void:
	_run_async()


func _run_async() -> void:
	var checks := Checks.new()
	var options := _options()
	print("FIGMENT-TESTS start ", Engine.get_version_info().string)
	await Units.new().run_async(checks, self)
	if options.has("breathing"):
		await Breath.new().run_async(checks, self, options)
	var report: Dictionary = {}
	if options.has("http"):
		report = await Live.new().run_async(checks, self, options)
	report["checks"] = checks.count
	report["failures"] = checks.failures
	print("FIGMENT-REPORT ", JSON.stringify(report))
	# Quitting while web audio plays trips the engine's JS: stop it, free the scene, let it settle.
	for player: Node in find_children("*", "AudioStreamPlayer3D", true, false):
		(player as AudioStreamPlayer3D).stop()
	# Calls still in flight (a room's downloads) end while their clients exist, not leak at exit.
	for node: Node in find_children("*", "Node", true, false):
		if node is FigmentClient:
			(node as FigmentClient).cancel()
	for frame in 5:
		await get_tree().process_frame
	for child in get_children():
		child.queue_free()
	for frame in 10:
		await get_tree().process_frame
	get_tree().quit(0 if checks.failures.is_empty() and checks.count > 0 else 1)


# --figment-NAME=VALUE arguments, by NAME.
static func _options() -> Dictionary:
	var out: Dictionary = {}
	for arg: String in OS.get_cmdline_args() + OS.get_cmdline_user_args():
		if arg.begins_with("--figment-") and "=" in arg:
			out[arg.trim_prefix("--figment-").get_slice("=", 0)] = arg.split("=", true, 1)[1]
	return out
