namespace Figment.Bridge
{
    /// <summary>Converts between the daemon's right-handed frame and a left-handed, y-up engine frame (Unity).</summary>
    /// <remarks>Mirrors the x axis, as glTFast does when it imports a GLB, so sounds and anchors line up with meshes.</remarks>
    public static class EngineFrame
    {
        /// <summary>A point or direction, mirrored across x (its own inverse).</summary>
        public static Vec3 Mirror(Vec3 v) { return new Vec3(-v.X, v.Y, v.Z); }

        /// <summary>A rotation, mirrored across x (its own inverse); the all-zero default becomes identity.</summary>
        public static Quat Mirror(Quat q)
        {
            q = q.OrIdentity();
            return new Quat(q.X, -q.Y, -q.Z, q.W);
        }

        /// <summary>A pose, mirrored across x.</summary>
        public static WorldPose Mirror(WorldPose p) { return new WorldPose(Mirror(p.Position), Mirror(p.Rotation)); }
    }
}
