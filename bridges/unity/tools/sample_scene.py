#!/usr/bin/env python3
"""Writes (or, with --check, compares) the XR Conjurer sample's scene as Unity 2022.3 writes it.

A scene is YAML that Unity normally writes itself. This one is written here, so it follows what the
editor writes for a new scene (the four scene settings blocks, every component with all its
fields, every serialized field of our scripts including their UnityEvents, and the SceneRoots
list), with the file IDs kept stable and each script referenced by the GUID stored in its .meta.
The template is a scene saved by Unity 2022.3 (glTFast's test scene OpenGltfScene.unity).

    sample_scene.py            write Samples~/XR Conjurer/XR Conjurer.unity
    sample_scene.py --check    exit 1 when the file differs from what would be written
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "com.figment.bridge"
SCENE = PACKAGE / "Samples~" / "XR Conjurer" / "XR Conjurer.unity"
HEAD = (
    "  m_ObjectHideFlags: 0\n  m_CorrespondingSourceObject: {fileID: 0}\n"
    "  m_PrefabInstance: {fileID: 0}\n  m_PrefabAsset: {fileID: 0}\n"
)
SETTINGS = """--- !u!29 &1
OcclusionCullingSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 2
  m_OcclusionBakeSettings:
    smallestOccluder: 5
    smallestHole: 0.25
    backfaceThreshold: 100
  m_SceneGUID: 00000000000000000000000000000000
  m_OcclusionCullingData: {fileID: 0}
--- !u!104 &2
RenderSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 9
  m_Fog: 0
  m_FogColor: {r: 0.5, g: 0.5, b: 0.5, a: 1}
  m_FogMode: 3
  m_FogDensity: 0.01
  m_LinearFogStart: 0
  m_LinearFogEnd: 300
  m_AmbientSkyColor: {r: 0.212, g: 0.227, b: 0.259, a: 1}
  m_AmbientEquatorColor: {r: 0.114, g: 0.125, b: 0.133, a: 1}
  m_AmbientGroundColor: {r: 0.047, g: 0.043, b: 0.035, a: 1}
  m_AmbientIntensity: 1
  m_AmbientMode: 0
  m_SubtractiveShadowColor: {r: 0.42, g: 0.478, b: 0.627, a: 1}
  m_SkyboxMaterial: {fileID: 10304, guid: 0000000000000000f000000000000000, type: 0}
  m_HaloStrength: 0.5
  m_FlareStrength: 1
  m_FlareFadeSpeed: 3
  m_HaloTexture: {fileID: 0}
  m_SpotCookie: {fileID: 10001, guid: 0000000000000000e000000000000000, type: 0}
  m_DefaultReflectionMode: 0
  m_DefaultReflectionResolution: 128
  m_ReflectionBounces: 1
  m_ReflectionIntensity: 1
  m_CustomReflection: {fileID: 0}
  m_Sun: {fileID: SUN}
  m_UseRadianceAmbientProbe: 0
--- !u!157 &3
LightmapSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 12
  m_GIWorkflowMode: 1
  m_GISettings:
    serializedVersion: 2
    m_BounceScale: 1
    m_IndirectOutputScale: 1
    m_AlbedoBoost: 1
    m_EnvironmentLightingMode: 0
    m_EnableBakedLightmaps: 1
    m_EnableRealtimeLightmaps: 0
  m_LightmapEditorSettings:
    serializedVersion: 12
    m_Resolution: 2
    m_BakeResolution: 40
    m_AtlasSize: 1024
    m_AO: 0
    m_AOMaxDistance: 1
    m_CompAOExponent: 1
    m_CompAOExponentDirect: 0
    m_ExtractAmbientOcclusion: 0
    m_Padding: 2
    m_LightmapParameters: {fileID: 0}
    m_LightmapsBakeMode: 1
    m_TextureCompression: 1
    m_FinalGather: 0
    m_FinalGatherFiltering: 1
    m_FinalGatherRayCount: 256
    m_ReflectionCompression: 2
    m_MixedBakeMode: 2
    m_BakeBackend: 1
    m_PVRSampling: 1
    m_PVRDirectSampleCount: 32
    m_PVRSampleCount: 512
    m_PVRBounces: 2
    m_PVREnvironmentSampleCount: 256
    m_PVREnvironmentReferencePointCount: 2048
    m_PVRFilteringMode: 1
    m_PVRDenoiserTypeDirect: 1
    m_PVRDenoiserTypeIndirect: 1
    m_PVRDenoiserTypeAO: 1
    m_PVRFilterTypeDirect: 0
    m_PVRFilterTypeIndirect: 0
    m_PVRFilterTypeAO: 0
    m_PVREnvironmentMIS: 1
    m_PVRCulling: 1
    m_PVRFilteringGaussRadiusDirect: 1
    m_PVRFilteringGaussRadiusIndirect: 5
    m_PVRFilteringGaussRadiusAO: 2
    m_PVRFilteringAtrousPositionSigmaDirect: 0.5
    m_PVRFilteringAtrousPositionSigmaIndirect: 2
    m_PVRFilteringAtrousPositionSigmaAO: 1
    m_ExportTrainingData: 0
    m_TrainingDataDestination: TrainingData
    m_LightProbeSampleCountMultiplier: 4
  m_LightingDataAsset: {fileID: 0}
  m_LightingSettings: {fileID: 0}
--- !u!196 &4
NavMeshSettings:
  serializedVersion: 2
  m_ObjectHideFlags: 0
  m_BuildSettings:
    serializedVersion: 3
    agentTypeID: 0
    agentRadius: 0.5
    agentHeight: 2
    agentSlope: 45
    agentClimb: 0.4
    ledgeDropHeight: 0
    maxJumpAcrossDistance: 0
    minRegionArea: 2
    manualCellSize: 0
    cellSize: 0.16666667
    manualTileSize: 0
    tileSize: 256
    buildHeightMesh: 0
    maxJobWorkers: 0
    preserveTilesOutsideBounds: 0
    debug:
      m_Flags: 0
  m_NavMeshData: {fileID: 0}
"""
CAMERA = """  m_Enabled: 1
  serializedVersion: 2
  m_ClearFlags: 2
  m_BackGroundColor: {r: 0.05, g: 0.05, b: 0.08, a: 0}
  m_projectionMatrixMode: 1
  m_GateFitMode: 2
  m_FOVAxisMode: 0
  m_Iso: 200
  m_ShutterSpeed: 0.005
  m_Aperture: 16
  m_FocusDistance: 10
  m_FocalLength: 50
  m_BladeCount: 5
  m_Curvature: {x: 2, y: 11}
  m_BarrelClipping: 0.25
  m_Anamorphism: 0
  m_SensorSize: {x: 36, y: 24}
  m_LensShift: {x: 0, y: 0}
  m_NormalizedViewPortRect:
    serializedVersion: 2
    x: 0
    y: 0
    width: 1
    height: 1
  near clip plane: 0.05
  far clip plane: 1000
  field of view: 60
  orthographic: 0
  orthographic size: 5
  m_Depth: -1
  m_CullingMask:
    serializedVersion: 2
    m_Bits: 4294967295
  m_RenderingPath: -1
  m_TargetTexture: {fileID: 0}
  m_TargetDisplay: 0
  m_TargetEye: 3
  m_HDR: 1
  m_AllowMSAA: 1
  m_AllowDynamicResolution: 0
  m_ForceIntoRT: 0
  m_OcclusionCulling: 1
  m_StereoConvergence: 10
  m_StereoSeparation: 0.022
"""
LIGHT = """  m_Enabled: 1
  serializedVersion: 10
  m_Type: 1
  m_Shape: 0
  m_Color: {r: 1, g: 0.96, b: 0.9, a: 1}
  m_Intensity: 1
  m_Range: 10
  m_SpotAngle: 30
  m_InnerSpotAngle: 21.80208
  m_CookieSize: 10
  m_Shadows:
    m_Type: 2
    m_Resolution: -1
    m_CustomResolution: -1
    m_Strength: 1
    m_Bias: 0.05
    m_NormalBias: 0.4
    m_NearPlane: 0.2
    m_CullingMatrixOverride:
      e00: 1
      e01: 0
      e02: 0
      e03: 0
      e10: 0
      e11: 1
      e12: 0
      e13: 0
      e20: 0
      e21: 0
      e22: 1
      e23: 0
      e30: 0
      e31: 0
      e32: 0
      e33: 1
    m_UseCullingMatrixOverride: 0
  m_Cookie: {fileID: 0}
  m_DrawHalo: 0
  m_Flare: {fileID: 0}
  m_RenderMode: 0
  m_CullingMask:
    serializedVersion: 2
    m_Bits: 4294967295
  m_RenderingLayerMask: 1
  m_Lightmapping: 4
  m_LightShadowCasterMode: 0
  m_AreaSize: {x: 1, y: 1}
  m_BounceIntensity: 1
  m_ColorTemperature: 6570
  m_UseColorTemperature: 0
  m_BoundingSphereOverride: {x: 0, y: 0, z: 0, w: 0}
  m_UseBoundingSphereOverride: 0
  m_UseViewFrustumForShadowCasterCull: 1
  m_ShadowRadius: 0
  m_ShadowAngle: 0
"""
EVENT = "\n    m_PersistentCalls:\n      m_Calls: []"


def script_guid(relative: str) -> str:
    """The GUID a script's .meta stores (never derived: see unity_meta.py)."""
    meta = (PACKAGE / f"{relative}.meta").read_text()
    return re.search(r"^guid: ([0-9a-f]{32})$", meta, re.MULTILINE).group(1)  # type: ignore[union-attr]


def game_object(fid: int, name: str, tag: str, components: list[int]) -> str:
    comps = "".join(f"  - component: {{fileID: {c}}}\n" for c in components)
    return (
        f"--- !u!1 &{fid}\nGameObject:\n{HEAD}  serializedVersion: 6\n  m_Component:\n{comps}"
        f"  m_Layer: 0\n  m_Name: {name}\n  m_TagString: {tag}\n  m_Icon: {{fileID: 0}}\n"
        "  m_NavMeshLayer: 0\n  m_StaticEditorFlags: 0\n  m_IsActive: 1\n"
    )


def transform(fid: int, go: int, position: str, rotation: str, euler: str) -> str:
    return (
        f"--- !u!4 &{fid}\nTransform:\n{HEAD}  m_GameObject: {{fileID: {go}}}\n"
        f"  serializedVersion: 2\n  m_LocalRotation: {rotation}\n  m_LocalPosition: {position}\n"
        "  m_LocalScale: {x: 1, y: 1, z: 1}\n  m_ConstrainProportionsScale: 0\n  m_Children: []\n"
        f"  m_Father: {{fileID: 0}}\n  m_LocalEulerAnglesHint: {euler}\n"
    )


def component(class_id: int, kind: str, fid: int, go: int, body: str) -> str:
    return f"--- !u!{class_id} &{fid}\n{kind}:\n{HEAD}  m_GameObject: {{fileID: {go}}}\n{body}"


def mono_behaviour(fid: int, go: int, script: str, fields: list[tuple[str, str]]) -> str:
    body = (
        "  m_Enabled: 1\n  m_EditorHideFlags: 0\n"
        f"  m_Script: {{fileID: 11500000, guid: {script_guid(script)}, type: 3}}\n"
        "  m_Name: \n  m_EditorClassIdentifier: \n"
        + "".join(f"  {name}: {value}\n" for name, value in fields)
    )
    return component(114, "MonoBehaviour", fid, go, body)


def scene() -> str:
    """The whole scene file."""
    zero = "{x: 0, y: 0, z: 0}"
    identity = "{x: 0, y: 0, z: 0, w: 1}"
    blocks = [
        "%YAML 1.1\n%TAG !u! tag:unity3d.com,2011:\n",
        SETTINGS.replace("SUN", "200002"),
        game_object(100000, "Main Camera", "MainCamera", [100001, 100002, 100003]),
        transform(100001, 100000, "{x: 0, y: 1.6, z: 0}", identity, zero),
        component(20, "Camera", 100002, 100000, CAMERA),
        component(81, "AudioListener", 100003, 100000, "  m_Enabled: 1\n"),
        game_object(200000, "Directional Light", "Untagged", [200001, 200002]),
        transform(
            200001,
            200000,
            "{x: 0, y: 3, z: 0}",
            "{x: 0.40821788, y: -0.23456968, z: 0.10938163, w: 0.8754261}",
            "{x: 50, y: -30, z: 0}",
        ),
        component(108, "Light", 200002, 200000, LIGHT),
        game_object(300000, "XR Conjurer", "Untagged", [300001, 300002, 300003, 300005, 300004]),
        transform(300001, 300000, "{x: 0, y: 0, z: 0}", identity, zero),
        mono_behaviour(
            300002,
            300000,
            "Runtime/Unity/FigmentClientBehaviour.cs",
            [("settings", "{fileID: 0}"), ("callbacksPerFrame", "64")],
        ),
        mono_behaviour(
            300003,
            300000,
            "Runtime/Unity/FigmentSpawner.cs",
            [
                ("client", "{fileID: 300002}"),
                ("anchor", "{fileID: 0}"),
                ("distance", "1.5"),
                ("mode", "2"),
                ("consent", "0"),
                ("intensity", "1"),
                ("room", ""),
                ("speak", "1"),
                ("seed", "0"),
                ("autoExperts", "0"),
                ("candidates", "1"),
                ("showLabel", "1"),
                ("labelColor", "{r: 1, g: 0.85, b: 0.4, a: 1}"),
                ("morphSeconds", "0.35"),
                ("spawned", EVENT),
                ("revised", EVENT),
                ("textChanged", EVENT),
                ("failed", EVENT),
                ("judged", EVENT),
                ("completed", EVENT),
            ],
        ),
        mono_behaviour(
            300004,
            300000,
            "Samples~/XR Conjurer/XRConjurer.cs",
            [("wish", "something impossible floating above the table")],
        ),
        mono_behaviour(
            300005,
            300000,
            "Runtime/Unity/FigmentMicrophone.cs",
            [("device", ""), ("sampleRate", "16000"), ("pushToTalk", "1"), ("bufferSeconds", "10")],
        ),
        "--- !u!1660057539 &9223372036854775807\nSceneRoots:\n  m_ObjectHideFlags: 0\n"
        "  m_Roots:\n  - {fileID: 100001}\n  - {fileID: 200001}\n  - {fileID: 300001}\n",
    ]
    # A field whose value is a block (an event) has nothing after its colon.
    return "".join(blocks).replace(": \n    m_PersistentCalls", ":\n    m_PersistentCalls")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    text = scene()
    if args.check:
        if SCENE.read_text() != text:
            print(f"{SCENE.name} is not what sample_scene.py writes", file=sys.stderr)
            return 1
        return 0
    SCENE.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
