from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Mode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MODE_UNSPECIFIED: _ClassVar[Mode]
    MODE_FACTUAL: _ClassVar[Mode]
    MODE_IMAGINATIVE: _ClassVar[Mode]

class HallucinationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HALLUCINATION_TYPE_UNSPECIFIED: _ClassVar[HallucinationType]
    HALLUCINATION_TYPE_I: _ClassVar[HallucinationType]
    HALLUCINATION_TYPE_II: _ClassVar[HallucinationType]
    HALLUCINATION_TYPE_III: _ClassVar[HallucinationType]
    HALLUCINATION_TYPE_LITERAL: _ClassVar[HallucinationType]
MODE_UNSPECIFIED: Mode
MODE_FACTUAL: Mode
MODE_IMAGINATIVE: Mode
HALLUCINATION_TYPE_UNSPECIFIED: HallucinationType
HALLUCINATION_TYPE_I: HallucinationType
HALLUCINATION_TYPE_II: HallucinationType
HALLUCINATION_TYPE_III: HallucinationType
HALLUCINATION_TYPE_LITERAL: HallucinationType

class Vec3(_message.Message):
    __slots__ = ("x", "y", "z")
    X_FIELD_NUMBER: _ClassVar[int]
    Y_FIELD_NUMBER: _ClassVar[int]
    Z_FIELD_NUMBER: _ClassVar[int]
    x: float
    y: float
    z: float
    def __init__(self, x: _Optional[float] = ..., y: _Optional[float] = ..., z: _Optional[float] = ...) -> None: ...

class Quat(_message.Message):
    __slots__ = ("x", "y", "z", "w")
    X_FIELD_NUMBER: _ClassVar[int]
    Y_FIELD_NUMBER: _ClassVar[int]
    Z_FIELD_NUMBER: _ClassVar[int]
    W_FIELD_NUMBER: _ClassVar[int]
    x: float
    y: float
    z: float
    w: float
    def __init__(self, x: _Optional[float] = ..., y: _Optional[float] = ..., z: _Optional[float] = ..., w: _Optional[float] = ...) -> None: ...

class Pose(_message.Message):
    __slots__ = ("position", "rotation")
    POSITION_FIELD_NUMBER: _ClassVar[int]
    ROTATION_FIELD_NUMBER: _ClassVar[int]
    position: Vec3
    rotation: Quat
    def __init__(self, position: _Optional[_Union[Vec3, _Mapping]] = ..., rotation: _Optional[_Union[Quat, _Mapping]] = ...) -> None: ...

class Color(_message.Message):
    __slots__ = ("r", "g", "b", "a")
    R_FIELD_NUMBER: _ClassVar[int]
    G_FIELD_NUMBER: _ClassVar[int]
    B_FIELD_NUMBER: _ClassVar[int]
    A_FIELD_NUMBER: _ClassVar[int]
    r: float
    g: float
    b: float
    a: float
    def __init__(self, r: _Optional[float] = ..., g: _Optional[float] = ..., b: _Optional[float] = ..., a: _Optional[float] = ...) -> None: ...

class AdapterWeight(_message.Message):
    __slots__ = ("name", "weight")
    NAME_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    name: str
    weight: float
    def __init__(self, name: _Optional[str] = ..., weight: _Optional[float] = ...) -> None: ...

class Label(_message.Message):
    __slots__ = ("mode", "fiction", "text", "adapters", "intensity", "consent_missing", "judgement")
    MODE_FIELD_NUMBER: _ClassVar[int]
    FICTION_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    ADAPTERS_FIELD_NUMBER: _ClassVar[int]
    INTENSITY_FIELD_NUMBER: _ClassVar[int]
    CONSENT_MISSING_FIELD_NUMBER: _ClassVar[int]
    JUDGEMENT_FIELD_NUMBER: _ClassVar[int]
    mode: Mode
    fiction: bool
    text: str
    adapters: _containers.RepeatedCompositeFieldContainer[AdapterWeight]
    intensity: float
    consent_missing: bool
    judgement: Judgement
    def __init__(self, mode: _Optional[_Union[Mode, str]] = ..., fiction: _Optional[bool] = ..., text: _Optional[str] = ..., adapters: _Optional[_Iterable[_Union[AdapterWeight, _Mapping]]] = ..., intensity: _Optional[float] = ..., consent_missing: _Optional[bool] = ..., judgement: _Optional[_Union[Judgement, _Mapping]] = ...) -> None: ...

class Judgement(_message.Message):
    __slots__ = ("type", "coherence", "novelty", "violation", "perplexity", "perplexity_source", "domains", "note")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    COHERENCE_FIELD_NUMBER: _ClassVar[int]
    NOVELTY_FIELD_NUMBER: _ClassVar[int]
    VIOLATION_FIELD_NUMBER: _ClassVar[int]
    PERPLEXITY_FIELD_NUMBER: _ClassVar[int]
    PERPLEXITY_SOURCE_FIELD_NUMBER: _ClassVar[int]
    DOMAINS_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    type: HallucinationType
    coherence: float
    novelty: float
    violation: float
    perplexity: float
    perplexity_source: str
    domains: _containers.RepeatedScalarFieldContainer[str]
    note: str
    def __init__(self, type: _Optional[_Union[HallucinationType, str]] = ..., coherence: _Optional[float] = ..., novelty: _Optional[float] = ..., violation: _Optional[float] = ..., perplexity: _Optional[float] = ..., perplexity_source: _Optional[str] = ..., domains: _Optional[_Iterable[str]] = ..., note: _Optional[str] = ...) -> None: ...

class Budgets(_message.Message):
    __slots__ = ("max_tokens", "max_triangles", "max_audio_seconds", "max_speech_seconds")
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    MAX_TRIANGLES_FIELD_NUMBER: _ClassVar[int]
    MAX_AUDIO_SECONDS_FIELD_NUMBER: _ClassVar[int]
    MAX_SPEECH_SECONDS_FIELD_NUMBER: _ClassVar[int]
    max_tokens: int
    max_triangles: int
    max_audio_seconds: float
    max_speech_seconds: float
    def __init__(self, max_tokens: _Optional[int] = ..., max_triangles: _Optional[int] = ..., max_audio_seconds: _Optional[float] = ..., max_speech_seconds: _Optional[float] = ...) -> None: ...

class Sampling(_message.Message):
    __slots__ = ("temperature", "top_p", "top_k", "repetition_penalty", "no_repeat_ngram")
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    TOP_P_FIELD_NUMBER: _ClassVar[int]
    TOP_K_FIELD_NUMBER: _ClassVar[int]
    REPETITION_PENALTY_FIELD_NUMBER: _ClassVar[int]
    NO_REPEAT_NGRAM_FIELD_NUMBER: _ClassVar[int]
    temperature: float
    top_p: float
    top_k: int
    repetition_penalty: float
    no_repeat_ngram: int
    def __init__(self, temperature: _Optional[float] = ..., top_p: _Optional[float] = ..., top_k: _Optional[int] = ..., repetition_penalty: _Optional[float] = ..., no_repeat_ngram: _Optional[int] = ...) -> None: ...

class AudioInput(_message.Message):
    __slots__ = ("data", "format", "sample_rate")
    DATA_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_RATE_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    format: str
    sample_rate: int
    def __init__(self, data: _Optional[bytes] = ..., format: _Optional[str] = ..., sample_rate: _Optional[int] = ...) -> None: ...

class AssetRef(_message.Message):
    __slots__ = ("id", "media_type", "size")
    ID_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    id: str
    media_type: str
    size: int
    def __init__(self, id: _Optional[str] = ..., media_type: _Optional[str] = ..., size: _Optional[int] = ...) -> None: ...

class Material(_message.Message):
    __slots__ = ("made_of", "base_color", "metallic", "roughness", "emissive", "emissive_strength", "opacity", "pattern")
    MADE_OF_FIELD_NUMBER: _ClassVar[int]
    BASE_COLOR_FIELD_NUMBER: _ClassVar[int]
    METALLIC_FIELD_NUMBER: _ClassVar[int]
    ROUGHNESS_FIELD_NUMBER: _ClassVar[int]
    EMISSIVE_FIELD_NUMBER: _ClassVar[int]
    EMISSIVE_STRENGTH_FIELD_NUMBER: _ClassVar[int]
    OPACITY_FIELD_NUMBER: _ClassVar[int]
    PATTERN_FIELD_NUMBER: _ClassVar[int]
    made_of: str
    base_color: Color
    metallic: float
    roughness: float
    emissive: Color
    emissive_strength: float
    opacity: float
    pattern: str
    def __init__(self, made_of: _Optional[str] = ..., base_color: _Optional[_Union[Color, _Mapping]] = ..., metallic: _Optional[float] = ..., roughness: _Optional[float] = ..., emissive: _Optional[_Union[Color, _Mapping]] = ..., emissive_strength: _Optional[float] = ..., opacity: _Optional[float] = ..., pattern: _Optional[str] = ...) -> None: ...

class Modifier(_message.Message):
    __slots__ = ("kind", "amount", "count", "color")
    KIND_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    kind: str
    amount: float
    count: int
    color: Color
    def __init__(self, kind: _Optional[str] = ..., amount: _Optional[float] = ..., count: _Optional[int] = ..., color: _Optional[_Union[Color, _Mapping]] = ...) -> None: ...

class Motion(_message.Message):
    __slots__ = ("kind", "amplitude", "frequency_hz")
    KIND_FIELD_NUMBER: _ClassVar[int]
    AMPLITUDE_FIELD_NUMBER: _ClassVar[int]
    FREQUENCY_HZ_FIELD_NUMBER: _ClassVar[int]
    kind: str
    amplitude: float
    frequency_hz: float
    def __init__(self, kind: _Optional[str] = ..., amplitude: _Optional[float] = ..., frequency_hz: _Optional[float] = ...) -> None: ...

class SoundDescriptor(_message.Message):
    __slots__ = ("kind", "pitch_hz", "tempo_bpm", "brightness", "loudness")
    KIND_FIELD_NUMBER: _ClassVar[int]
    PITCH_HZ_FIELD_NUMBER: _ClassVar[int]
    TEMPO_BPM_FIELD_NUMBER: _ClassVar[int]
    BRIGHTNESS_FIELD_NUMBER: _ClassVar[int]
    LOUDNESS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    pitch_hz: float
    tempo_bpm: float
    brightness: float
    loudness: float
    def __init__(self, kind: _Optional[str] = ..., pitch_hz: _Optional[float] = ..., tempo_bpm: _Optional[float] = ..., brightness: _Optional[float] = ..., loudness: _Optional[float] = ...) -> None: ...

class Span(_message.Message):
    __slots__ = ("field", "start", "end")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    field: str
    start: int
    end: int
    def __init__(self, field: _Optional[str] = ..., start: _Optional[int] = ..., end: _Optional[int] = ...) -> None: ...

class ObjectSpec(_message.Message):
    __slots__ = ("name", "archetype", "parts", "size", "materials", "modifiers", "motions", "sounds", "spans", "family", "params", "shape_source", "shape_confidence", "companions")
    class ParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    ARCHETYPE_FIELD_NUMBER: _ClassVar[int]
    PARTS_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    MATERIALS_FIELD_NUMBER: _ClassVar[int]
    MODIFIERS_FIELD_NUMBER: _ClassVar[int]
    MOTIONS_FIELD_NUMBER: _ClassVar[int]
    SOUNDS_FIELD_NUMBER: _ClassVar[int]
    SPANS_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    SHAPE_SOURCE_FIELD_NUMBER: _ClassVar[int]
    SHAPE_CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    COMPANIONS_FIELD_NUMBER: _ClassVar[int]
    name: str
    archetype: str
    parts: _containers.RepeatedScalarFieldContainer[str]
    size: Vec3
    materials: _containers.RepeatedCompositeFieldContainer[Material]
    modifiers: _containers.RepeatedCompositeFieldContainer[Modifier]
    motions: _containers.RepeatedCompositeFieldContainer[Motion]
    sounds: _containers.RepeatedCompositeFieldContainer[SoundDescriptor]
    spans: _containers.RepeatedCompositeFieldContainer[Span]
    family: str
    params: _containers.ScalarMap[str, float]
    shape_source: str
    shape_confidence: float
    companions: _containers.RepeatedCompositeFieldContainer[Companion]
    def __init__(self, name: _Optional[str] = ..., archetype: _Optional[str] = ..., parts: _Optional[_Iterable[str]] = ..., size: _Optional[_Union[Vec3, _Mapping]] = ..., materials: _Optional[_Iterable[_Union[Material, _Mapping]]] = ..., modifiers: _Optional[_Iterable[_Union[Modifier, _Mapping]]] = ..., motions: _Optional[_Iterable[_Union[Motion, _Mapping]]] = ..., sounds: _Optional[_Iterable[_Union[SoundDescriptor, _Mapping]]] = ..., spans: _Optional[_Iterable[_Union[Span, _Mapping]]] = ..., family: _Optional[str] = ..., params: _Optional[_Mapping[str, float]] = ..., shape_source: _Optional[str] = ..., shape_confidence: _Optional[float] = ..., companions: _Optional[_Iterable[_Union[Companion, _Mapping]]] = ...) -> None: ...

class Companion(_message.Message):
    __slots__ = ("archetype", "family", "params", "place", "count", "made_of", "scale", "color")
    class ParamsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    ARCHETYPE_FIELD_NUMBER: _ClassVar[int]
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    PLACE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    MADE_OF_FIELD_NUMBER: _ClassVar[int]
    SCALE_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    archetype: str
    family: str
    params: _containers.ScalarMap[str, float]
    place: str
    count: int
    made_of: str
    scale: float
    color: Color
    def __init__(self, archetype: _Optional[str] = ..., family: _Optional[str] = ..., params: _Optional[_Mapping[str, float]] = ..., place: _Optional[str] = ..., count: _Optional[int] = ..., made_of: _Optional[str] = ..., scale: _Optional[float] = ..., color: _Optional[_Union[Color, _Mapping]] = ...) -> None: ...

class Emitter(_message.Message):
    __slots__ = ("position", "min_distance", "max_distance", "rolloff", "cone_inner_deg", "cone_outer_deg", "cone_outer_gain", "doppler", "reverb_send", "volume_db", "loop")
    POSITION_FIELD_NUMBER: _ClassVar[int]
    MIN_DISTANCE_FIELD_NUMBER: _ClassVar[int]
    MAX_DISTANCE_FIELD_NUMBER: _ClassVar[int]
    ROLLOFF_FIELD_NUMBER: _ClassVar[int]
    CONE_INNER_DEG_FIELD_NUMBER: _ClassVar[int]
    CONE_OUTER_DEG_FIELD_NUMBER: _ClassVar[int]
    CONE_OUTER_GAIN_FIELD_NUMBER: _ClassVar[int]
    DOPPLER_FIELD_NUMBER: _ClassVar[int]
    REVERB_SEND_FIELD_NUMBER: _ClassVar[int]
    VOLUME_DB_FIELD_NUMBER: _ClassVar[int]
    LOOP_FIELD_NUMBER: _ClassVar[int]
    position: Vec3
    min_distance: float
    max_distance: float
    rolloff: str
    cone_inner_deg: float
    cone_outer_deg: float
    cone_outer_gain: float
    doppler: float
    reverb_send: float
    volume_db: float
    loop: bool
    def __init__(self, position: _Optional[_Union[Vec3, _Mapping]] = ..., min_distance: _Optional[float] = ..., max_distance: _Optional[float] = ..., rolloff: _Optional[str] = ..., cone_inner_deg: _Optional[float] = ..., cone_outer_deg: _Optional[float] = ..., cone_outer_gain: _Optional[float] = ..., doppler: _Optional[float] = ..., reverb_send: _Optional[float] = ..., volume_db: _Optional[float] = ..., loop: _Optional[bool] = ...) -> None: ...

class ConjureRequest(_message.Message):
    __slots__ = ("text", "audio", "mode", "consent", "intensity", "blend", "seed", "anchor", "listener", "room", "budgets", "sampling", "speak", "preview", "stage_options")
    class StageOptionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: _struct_pb2.Struct
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    TEXT_FIELD_NUMBER: _ClassVar[int]
    AUDIO_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    CONSENT_FIELD_NUMBER: _ClassVar[int]
    INTENSITY_FIELD_NUMBER: _ClassVar[int]
    BLEND_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_FIELD_NUMBER: _ClassVar[int]
    LISTENER_FIELD_NUMBER: _ClassVar[int]
    ROOM_FIELD_NUMBER: _ClassVar[int]
    BUDGETS_FIELD_NUMBER: _ClassVar[int]
    SAMPLING_FIELD_NUMBER: _ClassVar[int]
    SPEAK_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_FIELD_NUMBER: _ClassVar[int]
    STAGE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    text: str
    audio: AudioInput
    mode: Mode
    consent: bool
    intensity: float
    blend: _containers.RepeatedCompositeFieldContainer[AdapterWeight]
    seed: int
    anchor: Pose
    listener: Pose
    room: str
    budgets: Budgets
    sampling: Sampling
    speak: bool
    preview: bool
    stage_options: _containers.MessageMap[str, _struct_pb2.Struct]
    def __init__(self, text: _Optional[str] = ..., audio: _Optional[_Union[AudioInput, _Mapping]] = ..., mode: _Optional[_Union[Mode, str]] = ..., consent: _Optional[bool] = ..., intensity: _Optional[float] = ..., blend: _Optional[_Iterable[_Union[AdapterWeight, _Mapping]]] = ..., seed: _Optional[int] = ..., anchor: _Optional[_Union[Pose, _Mapping]] = ..., listener: _Optional[_Union[Pose, _Mapping]] = ..., room: _Optional[str] = ..., budgets: _Optional[_Union[Budgets, _Mapping]] = ..., sampling: _Optional[_Union[Sampling, _Mapping]] = ..., speak: _Optional[bool] = ..., preview: _Optional[bool] = ..., stage_options: _Optional[_Mapping[str, _struct_pb2.Struct]] = ...) -> None: ...

class LiveRequest(_message.Message):
    __slots__ = ("start", "pcm", "end")
    START_FIELD_NUMBER: _ClassVar[int]
    PCM_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    start: LiveStart
    pcm: bytes
    end: bool
    def __init__(self, start: _Optional[_Union[LiveStart, _Mapping]] = ..., pcm: _Optional[bytes] = ..., end: _Optional[bool] = ...) -> None: ...

class LiveStart(_message.Message):
    __slots__ = ("request", "sample_rate", "push_to_talk")
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_RATE_FIELD_NUMBER: _ClassVar[int]
    PUSH_TO_TALK_FIELD_NUMBER: _ClassVar[int]
    request: ConjureRequest
    sample_rate: int
    push_to_talk: bool
    def __init__(self, request: _Optional[_Union[ConjureRequest, _Mapping]] = ..., sample_rate: _Optional[int] = ..., push_to_talk: _Optional[bool] = ...) -> None: ...

class Accepted(_message.Message):
    __slots__ = ("request_id", "seed", "stages")
    class StagesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    STAGES_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    seed: int
    stages: _containers.ScalarMap[str, str]
    def __init__(self, request_id: _Optional[str] = ..., seed: _Optional[int] = ..., stages: _Optional[_Mapping[str, str]] = ...) -> None: ...

class Transcript(_message.Message):
    __slots__ = ("text", "duration_s", "language", "matched", "partial")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    DURATION_S_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    MATCHED_FIELD_NUMBER: _ClassVar[int]
    PARTIAL_FIELD_NUMBER: _ClassVar[int]
    text: str
    duration_s: float
    language: str
    matched: _containers.RepeatedScalarFieldContainer[str]
    partial: bool
    def __init__(self, text: _Optional[str] = ..., duration_s: _Optional[float] = ..., language: _Optional[str] = ..., matched: _Optional[_Iterable[str]] = ..., partial: _Optional[bool] = ...) -> None: ...

class TextDelta(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class TextDone(_message.Message):
    __slots__ = ("text", "tokens", "finish_reason")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    TOKENS_FIELD_NUMBER: _ClassVar[int]
    FINISH_REASON_FIELD_NUMBER: _ClassVar[int]
    text: str
    tokens: int
    finish_reason: str
    def __init__(self, text: _Optional[str] = ..., tokens: _Optional[int] = ..., finish_reason: _Optional[str] = ...) -> None: ...

class ObjectSpecified(_message.Message):
    __slots__ = ("spec", "confidence", "source_text", "revision", "final")
    SPEC_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_TEXT_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    FINAL_FIELD_NUMBER: _ClassVar[int]
    spec: ObjectSpec
    confidence: float
    source_text: str
    revision: int
    final: bool
    def __init__(self, spec: _Optional[_Union[ObjectSpec, _Mapping]] = ..., confidence: _Optional[float] = ..., source_text: _Optional[str] = ..., revision: _Optional[int] = ..., final: _Optional[bool] = ...) -> None: ...

class ProxyReady(_message.Message):
    __slots__ = ("asset", "size", "color", "revision")
    ASSET_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    asset: AssetRef
    size: Vec3
    color: Color
    revision: int
    def __init__(self, asset: _Optional[_Union[AssetRef, _Mapping]] = ..., size: _Optional[_Union[Vec3, _Mapping]] = ..., color: _Optional[_Union[Color, _Mapping]] = ..., revision: _Optional[int] = ...) -> None: ...

class MeshReady(_message.Message):
    __slots__ = ("asset", "triangles", "lods", "revision")
    ASSET_FIELD_NUMBER: _ClassVar[int]
    TRIANGLES_FIELD_NUMBER: _ClassVar[int]
    LODS_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    asset: AssetRef
    triangles: int
    lods: _containers.RepeatedCompositeFieldContainer[AssetRef]
    revision: int
    def __init__(self, asset: _Optional[_Union[AssetRef, _Mapping]] = ..., triangles: _Optional[int] = ..., lods: _Optional[_Iterable[_Union[AssetRef, _Mapping]]] = ..., revision: _Optional[int] = ...) -> None: ...

class SoundReady(_message.Message):
    __slots__ = ("asset", "duration_s", "emitter", "preview", "revision")
    ASSET_FIELD_NUMBER: _ClassVar[int]
    DURATION_S_FIELD_NUMBER: _ClassVar[int]
    EMITTER_FIELD_NUMBER: _ClassVar[int]
    PREVIEW_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    asset: AssetRef
    duration_s: float
    emitter: Emitter
    preview: AssetRef
    revision: int
    def __init__(self, asset: _Optional[_Union[AssetRef, _Mapping]] = ..., duration_s: _Optional[float] = ..., emitter: _Optional[_Union[Emitter, _Mapping]] = ..., preview: _Optional[_Union[AssetRef, _Mapping]] = ..., revision: _Optional[int] = ...) -> None: ...

class SpeechReady(_message.Message):
    __slots__ = ("wav", "ogg", "text", "duration_s")
    WAV_FIELD_NUMBER: _ClassVar[int]
    OGG_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    DURATION_S_FIELD_NUMBER: _ClassVar[int]
    wav: AssetRef
    ogg: AssetRef
    text: str
    duration_s: float
    def __init__(self, wav: _Optional[_Union[AssetRef, _Mapping]] = ..., ogg: _Optional[_Union[AssetRef, _Mapping]] = ..., text: _Optional[str] = ..., duration_s: _Optional[float] = ...) -> None: ...

class StageError(_message.Message):
    __slots__ = ("stage", "kind", "code", "message")
    STAGE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    stage: str
    kind: str
    code: str
    message: str
    def __init__(self, stage: _Optional[str] = ..., kind: _Optional[str] = ..., code: _Optional[str] = ..., message: _Optional[str] = ...) -> None: ...

class StageTiming(_message.Message):
    __slots__ = ("kind", "stage", "start_ms", "end_ms")
    KIND_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    START_MS_FIELD_NUMBER: _ClassVar[int]
    END_MS_FIELD_NUMBER: _ClassVar[int]
    kind: str
    stage: str
    start_ms: float
    end_ms: float
    def __init__(self, kind: _Optional[str] = ..., stage: _Optional[str] = ..., start_ms: _Optional[float] = ..., end_ms: _Optional[float] = ...) -> None: ...

class Done(_message.Message):
    __slots__ = ("timings", "total_ms", "failed", "object_id")
    TIMINGS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_MS_FIELD_NUMBER: _ClassVar[int]
    FAILED_FIELD_NUMBER: _ClassVar[int]
    OBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    timings: _containers.RepeatedCompositeFieldContainer[StageTiming]
    total_ms: float
    failed: _containers.RepeatedScalarFieldContainer[str]
    object_id: str
    def __init__(self, timings: _Optional[_Iterable[_Union[StageTiming, _Mapping]]] = ..., total_ms: _Optional[float] = ..., failed: _Optional[_Iterable[str]] = ..., object_id: _Optional[str] = ...) -> None: ...

class ConjureEvent(_message.Message):
    __slots__ = ("request_id", "sequence", "label", "accepted", "transcript", "text_delta", "text_done", "object", "proxy", "mesh", "sound", "speech", "error", "done")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    TRANSCRIPT_FIELD_NUMBER: _ClassVar[int]
    TEXT_DELTA_FIELD_NUMBER: _ClassVar[int]
    TEXT_DONE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    PROXY_FIELD_NUMBER: _ClassVar[int]
    MESH_FIELD_NUMBER: _ClassVar[int]
    SOUND_FIELD_NUMBER: _ClassVar[int]
    SPEECH_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    sequence: int
    label: Label
    accepted: Accepted
    transcript: Transcript
    text_delta: TextDelta
    text_done: TextDone
    object: ObjectSpecified
    proxy: ProxyReady
    mesh: MeshReady
    sound: SoundReady
    speech: SpeechReady
    error: StageError
    done: Done
    def __init__(self, request_id: _Optional[str] = ..., sequence: _Optional[int] = ..., label: _Optional[_Union[Label, _Mapping]] = ..., accepted: _Optional[_Union[Accepted, _Mapping]] = ..., transcript: _Optional[_Union[Transcript, _Mapping]] = ..., text_delta: _Optional[_Union[TextDelta, _Mapping]] = ..., text_done: _Optional[_Union[TextDone, _Mapping]] = ..., object: _Optional[_Union[ObjectSpecified, _Mapping]] = ..., proxy: _Optional[_Union[ProxyReady, _Mapping]] = ..., mesh: _Optional[_Union[MeshReady, _Mapping]] = ..., sound: _Optional[_Union[SoundReady, _Mapping]] = ..., speech: _Optional[_Union[SpeechReady, _Mapping]] = ..., error: _Optional[_Union[StageError, _Mapping]] = ..., done: _Optional[_Union[Done, _Mapping]] = ...) -> None: ...

class ImagineRequest(_message.Message):
    __slots__ = ("text", "mode", "consent", "intensity", "blend", "seed", "max_tokens", "sampling", "options")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    CONSENT_FIELD_NUMBER: _ClassVar[int]
    INTENSITY_FIELD_NUMBER: _ClassVar[int]
    BLEND_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_FIELD_NUMBER: _ClassVar[int]
    SAMPLING_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    text: str
    mode: Mode
    consent: bool
    intensity: float
    blend: _containers.RepeatedCompositeFieldContainer[AdapterWeight]
    seed: int
    max_tokens: int
    sampling: Sampling
    options: _struct_pb2.Struct
    def __init__(self, text: _Optional[str] = ..., mode: _Optional[_Union[Mode, str]] = ..., consent: _Optional[bool] = ..., intensity: _Optional[float] = ..., blend: _Optional[_Iterable[_Union[AdapterWeight, _Mapping]]] = ..., seed: _Optional[int] = ..., max_tokens: _Optional[int] = ..., sampling: _Optional[_Union[Sampling, _Mapping]] = ..., options: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class ImagineEvent(_message.Message):
    __slots__ = ("request_id", "label", "text_delta", "text_done")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    TEXT_DELTA_FIELD_NUMBER: _ClassVar[int]
    TEXT_DONE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    label: Label
    text_delta: TextDelta
    text_done: TextDone
    def __init__(self, request_id: _Optional[str] = ..., label: _Optional[_Union[Label, _Mapping]] = ..., text_delta: _Optional[_Union[TextDelta, _Mapping]] = ..., text_done: _Optional[_Union[TextDone, _Mapping]] = ...) -> None: ...

class ParseRequest(_message.Message):
    __slots__ = ("text", "seed", "options")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    text: str
    seed: int
    options: _struct_pb2.Struct
    def __init__(self, text: _Optional[str] = ..., seed: _Optional[int] = ..., options: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class ParseResponse(_message.Message):
    __slots__ = ("spec", "confidence", "label")
    SPEC_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    spec: ObjectSpec
    confidence: float
    label: Label
    def __init__(self, spec: _Optional[_Union[ObjectSpec, _Mapping]] = ..., confidence: _Optional[float] = ..., label: _Optional[_Union[Label, _Mapping]] = ...) -> None: ...

class TranscribeRequest(_message.Message):
    __slots__ = ("audio", "options")
    AUDIO_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    audio: AudioInput
    options: _struct_pb2.Struct
    def __init__(self, audio: _Optional[_Union[AudioInput, _Mapping]] = ..., options: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class TranscribeResponse(_message.Message):
    __slots__ = ("text", "duration_s", "language")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    DURATION_S_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    text: str
    duration_s: float
    language: str
    def __init__(self, text: _Optional[str] = ..., duration_s: _Optional[float] = ..., language: _Optional[str] = ...) -> None: ...

class SpeakRequest(_message.Message):
    __slots__ = ("text", "max_audio_seconds", "options")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MAX_AUDIO_SECONDS_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    text: str
    max_audio_seconds: float
    options: _struct_pb2.Struct
    def __init__(self, text: _Optional[str] = ..., max_audio_seconds: _Optional[float] = ..., options: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class SpeakResponse(_message.Message):
    __slots__ = ("wav", "ogg", "duration_s")
    WAV_FIELD_NUMBER: _ClassVar[int]
    OGG_FIELD_NUMBER: _ClassVar[int]
    DURATION_S_FIELD_NUMBER: _ClassVar[int]
    wav: AssetRef
    ogg: AssetRef
    duration_s: float
    def __init__(self, wav: _Optional[_Union[AssetRef, _Mapping]] = ..., ogg: _Optional[_Union[AssetRef, _Mapping]] = ..., duration_s: _Optional[float] = ...) -> None: ...

class GetAssetRequest(_message.Message):
    __slots__ = ("id", "offset")
    ID_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    id: str
    offset: int
    def __init__(self, id: _Optional[str] = ..., offset: _Optional[int] = ...) -> None: ...

class AssetChunk(_message.Message):
    __slots__ = ("data", "offset", "total_size", "media_type")
    DATA_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    offset: int
    total_size: int
    media_type: str
    def __init__(self, data: _Optional[bytes] = ..., offset: _Optional[int] = ..., total_size: _Optional[int] = ..., media_type: _Optional[str] = ...) -> None: ...

class SubscribeRequest(_message.Message):
    __slots__ = ("room",)
    ROOM_FIELD_NUMBER: _ClassVar[int]
    room: str
    def __init__(self, room: _Optional[str] = ...) -> None: ...

class SceneObject(_message.Message):
    __slots__ = ("object_id", "request_id", "seed", "label", "text", "spec", "anchor", "proxy", "mesh", "sound", "speech", "complete", "revision")
    OBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SPEC_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_FIELD_NUMBER: _ClassVar[int]
    PROXY_FIELD_NUMBER: _ClassVar[int]
    MESH_FIELD_NUMBER: _ClassVar[int]
    SOUND_FIELD_NUMBER: _ClassVar[int]
    SPEECH_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_FIELD_NUMBER: _ClassVar[int]
    REVISION_FIELD_NUMBER: _ClassVar[int]
    object_id: str
    request_id: str
    seed: int
    label: Label
    text: str
    spec: ObjectSpec
    anchor: Pose
    proxy: ProxyReady
    mesh: MeshReady
    sound: SoundReady
    speech: SpeechReady
    complete: bool
    revision: int
    def __init__(self, object_id: _Optional[str] = ..., request_id: _Optional[str] = ..., seed: _Optional[int] = ..., label: _Optional[_Union[Label, _Mapping]] = ..., text: _Optional[str] = ..., spec: _Optional[_Union[ObjectSpec, _Mapping]] = ..., anchor: _Optional[_Union[Pose, _Mapping]] = ..., proxy: _Optional[_Union[ProxyReady, _Mapping]] = ..., mesh: _Optional[_Union[MeshReady, _Mapping]] = ..., sound: _Optional[_Union[SoundReady, _Mapping]] = ..., speech: _Optional[_Union[SpeechReady, _Mapping]] = ..., complete: _Optional[bool] = ..., revision: _Optional[int] = ...) -> None: ...

class SceneEvent(_message.Message):
    __slots__ = ("room", "kind", "object")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        KIND_UNSPECIFIED: _ClassVar[SceneEvent.Kind]
        KIND_SNAPSHOT: _ClassVar[SceneEvent.Kind]
        KIND_SPAWNED: _ClassVar[SceneEvent.Kind]
        KIND_UPDATED: _ClassVar[SceneEvent.Kind]
        KIND_REMOVED: _ClassVar[SceneEvent.Kind]
    KIND_UNSPECIFIED: SceneEvent.Kind
    KIND_SNAPSHOT: SceneEvent.Kind
    KIND_SPAWNED: SceneEvent.Kind
    KIND_UPDATED: SceneEvent.Kind
    KIND_REMOVED: SceneEvent.Kind
    ROOM_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    room: str
    kind: SceneEvent.Kind
    object: SceneObject
    def __init__(self, room: _Optional[str] = ..., kind: _Optional[_Union[SceneEvent.Kind, str]] = ..., object: _Optional[_Union[SceneObject, _Mapping]] = ...) -> None: ...

class DescribeRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StageInfo(_message.Message):
    __slots__ = ("id", "kind", "plugin", "description", "selected", "loaded", "status", "options_schema", "bounds")
    class BoundsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SELECTED_FIELD_NUMBER: _ClassVar[int]
    LOADED_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_SCHEMA_FIELD_NUMBER: _ClassVar[int]
    BOUNDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    kind: str
    plugin: str
    description: str
    selected: bool
    loaded: bool
    status: str
    options_schema: str
    bounds: _containers.ScalarMap[str, float]
    def __init__(self, id: _Optional[str] = ..., kind: _Optional[str] = ..., plugin: _Optional[str] = ..., description: _Optional[str] = ..., selected: _Optional[bool] = ..., loaded: _Optional[bool] = ..., status: _Optional[str] = ..., options_schema: _Optional[str] = ..., bounds: _Optional[_Mapping[str, float]] = ...) -> None: ...

class AdapterInfo(_message.Message):
    __slots__ = ("name", "description", "rank")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    name: str
    description: str
    rank: int
    def __init__(self, name: _Optional[str] = ..., description: _Optional[str] = ..., rank: _Optional[int] = ...) -> None: ...

class ModelInfo(_message.Message):
    __slots__ = ("name", "precision", "device", "status")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PRECISION_FIELD_NUMBER: _ClassVar[int]
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    name: str
    precision: str
    device: str
    status: str
    def __init__(self, name: _Optional[str] = ..., precision: _Optional[str] = ..., device: _Optional[str] = ..., status: _Optional[str] = ...) -> None: ...

class LimitInfo(_message.Message):
    __slots__ = ("name", "value", "unit", "description")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: float
    unit: str
    description: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[float] = ..., unit: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class DescribeResponse(_message.Message):
    __slots__ = ("version", "stages", "models", "adapters", "devices", "limits", "vocabulary", "notes")
    class VocabularyEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class NotesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    VERSION_FIELD_NUMBER: _ClassVar[int]
    STAGES_FIELD_NUMBER: _ClassVar[int]
    MODELS_FIELD_NUMBER: _ClassVar[int]
    ADAPTERS_FIELD_NUMBER: _ClassVar[int]
    DEVICES_FIELD_NUMBER: _ClassVar[int]
    LIMITS_FIELD_NUMBER: _ClassVar[int]
    VOCABULARY_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    version: str
    stages: _containers.RepeatedCompositeFieldContainer[StageInfo]
    models: _containers.RepeatedCompositeFieldContainer[ModelInfo]
    adapters: _containers.RepeatedCompositeFieldContainer[AdapterInfo]
    devices: _containers.RepeatedScalarFieldContainer[str]
    limits: _containers.RepeatedCompositeFieldContainer[LimitInfo]
    vocabulary: _containers.ScalarMap[str, str]
    notes: _containers.ScalarMap[str, str]
    def __init__(self, version: _Optional[str] = ..., stages: _Optional[_Iterable[_Union[StageInfo, _Mapping]]] = ..., models: _Optional[_Iterable[_Union[ModelInfo, _Mapping]]] = ..., adapters: _Optional[_Iterable[_Union[AdapterInfo, _Mapping]]] = ..., devices: _Optional[_Iterable[str]] = ..., limits: _Optional[_Iterable[_Union[LimitInfo, _Mapping]]] = ..., vocabulary: _Optional[_Mapping[str, str]] = ..., notes: _Optional[_Mapping[str, str]] = ...) -> None: ...
