using System;

namespace Figment.Bridge
{
    /// <summary>A decoded RIFF/WAVE file (PCM 8/16/24/32-bit or IEEE float), as float samples for an engine's audio clip.</summary>
    public sealed class WavData
    {
        public int Channels;
        public int SampleRate;
        public int BitsPerSample;
        /// <summary>Samples per channel.</summary>
        public int FrameCount;
        /// <summary>Interleaved samples in [-1, 1].</summary>
        public float[] Samples = new float[0];

        /// <summary>Length in seconds.</summary>
        public double DurationSeconds { get { return SampleRate == 0 ? 0 : (double)FrameCount / SampleRate; } }

        /// <summary>Decodes a WAV file.</summary>
        /// <exception cref="FormatException">Not a WAV this reader supports.</exception>
        public static WavData Parse(byte[] b)
        {
            if (b == null || b.Length < 12 || Tag(b, 0) != "RIFF" || Tag(b, 8) != "WAVE") throw new FormatException("WAV: no RIFF/WAVE header");
            int format = 0, channels = 0, rate = 0, bits = 0;
            int pos = 12;
            while (pos + 8 <= b.Length)
            {
                string id = Tag(b, pos);
                long size = BitConverter.ToUInt32(b, pos + 4);
                int body = pos + 8;
                if (id == "fmt ")
                {
                    if (size < 16 || body + 16 > b.Length) throw new FormatException("WAV: short fmt chunk");
                    format = BitConverter.ToUInt16(b, body);
                    channels = BitConverter.ToUInt16(b, body + 2);
                    rate = (int)BitConverter.ToUInt32(b, body + 4);
                    bits = BitConverter.ToUInt16(b, body + 14);
                    if (format == 0xFFFE && size >= 26) format = BitConverter.ToUInt16(b, body + 24); // WAVE_FORMAT_EXTENSIBLE sub-format
                }
                else if (id == "data")
                {
                    if (channels == 0) throw new FormatException("WAV: data before fmt");
                    // Streaming writers leave the size at 0 or 0xFFFFFFFF: the data runs to the end.
                    long available = b.Length - body;
                    long length = size == 0 || size > available ? available : size;
                    return Decode(b, body, (int)length, format, channels, rate, bits);
                }
                pos = body + (int)Math.Min(size + (size & 1), int.MaxValue - body);
            }
            throw new FormatException("WAV: no data chunk");
        }

        static WavData Decode(byte[] b, int offset, int length, int format, int channels, int rate, int bits)
        {
            if (format != 1 && format != 3) throw new FormatException("WAV: format " + format + " is not PCM or float");
            if (format == 3 && bits != 32) throw new FormatException("WAV: float samples must be 32-bit");
            if (bits != 8 && bits != 16 && bits != 24 && bits != 32) throw new FormatException("WAV: " + bits + "-bit samples");
            if (rate <= 0) throw new FormatException("WAV: sample rate " + rate);
            int width = bits / 8;
            int frames = length / (width * channels);
            var samples = new float[frames * channels];
            for (int i = 0; i < samples.Length; i++)
            {
                int p = offset + i * width;
                switch (bits)
                {
                    case 8: samples[i] = (b[p] - 128) / 128f; break;
                    case 16: samples[i] = BitConverter.ToInt16(b, p) / 32768f; break;
                    case 24: samples[i] = ((b[p] | b[p + 1] << 8 | (sbyte)b[p + 2] << 16)) / 8388608f; break;
                    default:
                        samples[i] = format == 3 ? BitConverter.ToSingle(b, p) : BitConverter.ToInt32(b, p) / 2147483648f;
                        break;
                }
            }
            return new WavData { Channels = channels, SampleRate = rate, BitsPerSample = bits, FrameCount = frames, Samples = samples };
        }

        static string Tag(byte[] b, int i) { return new string(new[] { (char)b[i], (char)b[i + 1], (char)b[i + 2], (char)b[i + 3] }); }
    }
}
