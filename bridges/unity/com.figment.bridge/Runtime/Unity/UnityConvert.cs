using UnityEngine;

namespace Figment.Bridge
{
    /// <summary>Daemon types to Unity types (mirroring x, as glTFast does for meshes).</summary>
    public static class UnityConvert
    {
        /// <summary>A daemon point or direction in Unity's frame.</summary>
        public static Vector3 ToUnity(Vec3 v)
        {
            var m = EngineFrame.Mirror(v);
            return new Vector3(m.X, m.Y, m.Z);
        }

        /// <summary>A Unity point or direction in the daemon's frame.</summary>
        public static Vec3 FromUnity(Vector3 v) { return EngineFrame.Mirror(new Vec3(v.x, v.y, v.z)); }

        /// <summary>A daemon rotation in Unity's frame.</summary>
        public static Quaternion ToUnity(Quat q)
        {
            var m = EngineFrame.Mirror(q);
            return new Quaternion(m.X, m.Y, m.Z, m.W);
        }

        /// <summary>A Unity rotation in the daemon's frame.</summary>
        public static Quat FromUnity(Quaternion q) { return EngineFrame.Mirror(new Quat(q.x, q.y, q.z, q.w)); }

        /// <summary>A Unity transform's world pose in the daemon's frame (for ConjureRequest.Anchor).</summary>
        public static WorldPose PoseOf(Transform t) { return new WorldPose(FromUnity(t.position), FromUnity(t.rotation)); }

        /// <summary>A daemon colour as a Unity colour.</summary>
        public static Color ToUnity(Rgba c) { return new Color(c.R, c.G, c.B, c.A); }

        /// <summary>Configures <paramref name="source"/> as a fully 3D emitter with the daemon's placement.</summary>
        public static void ApplyEmitter(AudioSource source, Emitter e)
        {
            source.spatialBlend = 1f;
            source.loop = e.Loop;
            source.volume = Mathf.Clamp01(EmitterMath.DbToLinear(e.VolumeDb));
            if (e.MinDistance > 0) source.minDistance = e.MinDistance;
            if (e.MaxDistance > source.minDistance) source.maxDistance = e.MaxDistance;
            // Unity's Logarithmic rolloff is inverse-distance; it has no separate "logarithmic".
            source.rolloffMode = e.Rolloff == "linear" ? AudioRolloffMode.Linear : AudioRolloffMode.Logarithmic;
            source.dopplerLevel = e.Doppler;
            source.reverbZoneMix = Mathf.Clamp(e.ReverbSend, 0f, 1.1f);
            source.playOnAwake = false;
        }

        /// <summary>A decoded WAV as an AudioClip.</summary>
        public static AudioClip ToClip(WavData wav, string name)
        {
            var clip = AudioClip.Create(name, wav.FrameCount, wav.Channels, wav.SampleRate, false);
            clip.SetData(wav.Samples, 0);
            return clip;
        }
    }
}
