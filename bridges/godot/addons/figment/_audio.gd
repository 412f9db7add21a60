extends RefCounted
## WAV loading and emitter → AudioStreamPlayer3D mapping (internal).

const WAVE_PCM := 1
const WAVE_FLOAT := 3
const WAVE_EXTENSIBLE := 0xFFFE


## An AudioStreamWAV from WAV file bytes, or null. Uses the engine's loader where it exists
## (Godot 4.4+); otherwise, or when [param engine_loader] is false, parses the RIFF header here.
static func load_wav(bytes: PackedByteArray, engine_loader: bool = true) -> AudioStreamWAV:
	if (
		engine_loader
		and ClassDB.has_method("class_call_static")
		and ClassDB.class_has_method("AudioStreamWAV", "load_from_buffer")
	):
		var loaded: Variant = ClassDB.call(
			"class_call_static", "AudioStreamWAV", "load_from_buffer", bytes
		)
		return loaded as AudioStreamWAV
	return parse_wav(bytes)


## The format and sample data of WAV bytes: [code]tag[/code], [code]channels[/code],
## [code]rate[/code], [code]bits[/code] and [code]data[/code]; empty if they are not a WAV file.
static func read_wav(bytes: PackedByteArray) -> Dictionary:
	if bytes.size() < 12 or bytes.slice(0, 4).get_string_from_ascii() != "RIFF":
		return {}
	if bytes.slice(8, 12).get_string_from_ascii() != "WAVE":
		return {}
	var out := {"tag": 0, "channels": 0, "rate": 0, "bits": 0, "data": PackedByteArray()}
	var pos := 12
	while pos + 8 <= bytes.size():
		var chunk := bytes.slice(pos, pos + 4).get_string_from_ascii()
		var size := bytes.decode_u32(pos + 4)
		var start := pos + 8
		if chunk == "fmt " and start + 16 <= bytes.size():
			out["tag"] = bytes.decode_u16(start)
			out["channels"] = bytes.decode_u16(start + 2)
			out["rate"] = bytes.decode_u32(start + 4)
			out["bits"] = bytes.decode_u16(start + 14)
			if out["tag"] == WAVE_EXTENSIBLE and start + 26 <= bytes.size():
				out["tag"] = bytes.decode_u16(start + 24)
		elif chunk == "data":
			out["data"] = bytes.slice(start, mini(start + size, bytes.size()))
		pos = start + size + (size & 1)
	return out


## Frames (samples per channel) in WAV bytes, from their header; 0 if they are not a WAV file.
## The loaded stream cannot say: the engine's loader may compress (IMA-ADPCM pads to whole
## blocks, QOA to frames), so bytes per frame is not a constant there.
static func wav_frames(bytes: PackedByteArray) -> int:
	var wav := read_wav(bytes)
	var width: int = wav.get("channels", 0) * wav.get("bits", 0) / 8
	return (wav["data"] as PackedByteArray).size() / width if width > 0 else 0


## Parse 8/16-bit PCM or 32-bit float, mono or stereo WAV bytes into an AudioStreamWAV; null if
## the bytes are not such a file.
static func parse_wav(bytes: PackedByteArray) -> AudioStreamWAV:
	var wav := read_wav(bytes)
	if wav.is_empty():
		return null
	var tag: int = wav["tag"]
	var channels: int = wav["channels"]
	var rate: int = wav["rate"]
	var bits: int = wav["bits"]
	var data: PackedByteArray = wav["data"]
	if channels < 1 or channels > 2 or rate <= 0 or data.is_empty():
		return null
	var stream := AudioStreamWAV.new()
	stream.mix_rate = rate
	stream.stereo = channels == 2
	if tag == WAVE_PCM and bits == 16:
		stream.format = AudioStreamWAV.FORMAT_16_BITS
		stream.data = data
	elif tag == WAVE_PCM and bits == 8:
		# WAV stores 8-bit samples unsigned, Godot wants them signed.
		for i in data.size():
			data[i] = data[i] ^ 0x80
		stream.format = AudioStreamWAV.FORMAT_8_BITS
		stream.data = data
	elif tag == WAVE_FLOAT and bits == 32:
		var pcm := PackedByteArray()
		pcm.resize(data.size() / 2)
		for i in data.size() / 4:
			pcm.encode_s16(i * 2, int(clampf(data.decode_float(i * 4), -1.0, 1.0) * 32767.0))
		stream.format = AudioStreamWAV.FORMAT_16_BITS
		stream.data = pcm
	else:
		return null
	return stream


## Make [param stream] loop over its [param frames] frames (see [method wav_frames]).
static func set_looping(stream: AudioStreamWAV, frames: int) -> void:
	stream.loop_mode = AudioStreamWAV.LOOP_FORWARD
	stream.loop_begin = 0
	stream.loop_end = frames


## Configure [param player] from a Figment Emitter (proto3 JSON). Godot has no linear rolloff:
## "linear" maps to inverse distance, which with [code]max_distance[/code] fades out nearest.
## The cone becomes the emission angle (half the inner cone) with the outer gain as its filter
## attenuation; reverb send is left to the scene's Area3D reverb buses.
static func configure_player(player: AudioStreamPlayer3D, emitter: Dictionary) -> void:
	var position: Dictionary = emitter.get("position", {})
	player.position = Vector3(
		float(position.get("x", 0.0)), float(position.get("y", 0.0)), float(position.get("z", 0.0))
	)
	player.unit_size = maxf(float(emitter.get("minDistance", 1.0)), 0.1)
	var max_distance := float(emitter.get("maxDistance", 0.0))
	player.max_distance = max_distance if max_distance > 0.0 else 0.0
	match str(emitter.get("rolloff", "inverse")):
		"logarithmic":
			player.attenuation_model = AudioStreamPlayer3D.ATTENUATION_LOGARITHMIC
		_:
			player.attenuation_model = AudioStreamPlayer3D.ATTENUATION_INVERSE_DISTANCE
	var inner := float(emitter.get("coneInnerDeg", 360.0))
	var outer := float(emitter.get("coneOuterDeg", 360.0))
	player.emission_angle_enabled = inner > 0.0 and outer < 360.0
	player.emission_angle_degrees = clampf(inner * 0.5, 0.1, 90.0)
	var gain := clampf(float(emitter.get("coneOuterGain", 1.0)), 0.0001, 1.0)
	player.emission_angle_filter_attenuation_db = clampf(linear_to_db(gain), -80.0, 0.0)
	if float(emitter.get("doppler", 0.0)) > 0.0:
		player.doppler_tracking = AudioStreamPlayer3D.DOPPLER_TRACKING_IDLE_STEP
	else:
		player.doppler_tracking = AudioStreamPlayer3D.DOPPLER_TRACKING_DISABLED
	player.volume_db = clampf(float(emitter.get("volumeDb", 0.0)), -80.0, 24.0)
