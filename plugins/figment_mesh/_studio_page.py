"""The preview studio's web page: three.js renders GLBs and lays out contact sheets.

The page is a Python string (not package data) so that any install of the plugin carries it.
:mod:`figment_mesh.preview` writes it to a temporary folder with ``THREE_URL`` replaced by the
``file://`` URL of the three.js package and drives it over the DevTools protocol. It defines::

    figmentRender(glbBase64, size)            -> {png: base64 PNG, ms}
    figmentSheet(tiles, tile, columns)        -> {png: base64 PNG}

The studio: image-based light from three's ``RoomEnvironment`` (a neutral grey room with soft
area lights, the same idea as ``<model-viewer>``'s "neutral" lighting) prefiltered once with
PMREM, Khronos PBR Neutral tone mapping (base colours stay the colours the GLB asks for), bloom
of the emissive surfaces alone (a second pass draws everything else black, so bright reflections
on chrome do not haze), 4× MSAA, a neutral grey
background and under the object a floor of the same grey ruled with a faint grid that fades out
round it (transmissive materials need something behind them to refract: through glass the grid
shows, bent), and a 3/4 view from the front right, 25° above, framed to the object's projected
silhouette.
"""

from __future__ import annotations

__all__ = ["PAGE"]

PAGE = r"""<!doctype html>
<html><head><meta charset="utf-8"><title>figment studio</title>
<script type="importmap">
{"imports": {"three": "THREE_URL/build/three.module.js", "three/addons/": "THREE_URL/examples/jsm/"}}
</script>
</head><body style="margin:0">
<script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
import { EffectComposer } from 'three/addons/postprocessing/EffectComposer.js';
import { RenderPass } from 'three/addons/postprocessing/RenderPass.js';
import { UnrealBloomPass } from 'three/addons/postprocessing/UnrealBloomPass.js';
import { ShaderPass } from 'three/addons/postprocessing/ShaderPass.js';
import { OutputPass } from 'three/addons/postprocessing/OutputPass.js';

const FOV = 30;                                     // degrees, vertical
const VIEW = new THREE.Vector3(0.6, 0.45, 0.8).normalize();  // from the front right, above
const FILL = 0.86;                                  // the silhouette spans 86% of the frame
const BACKGROUND = new THREE.Color(0.085, 0.085, 0.095);     // linear; mid grey on screen
const BLACK = new THREE.Color(0, 0, 0);
const GLOW = {strength: 0.25, radius: 0.35, most: 1.2};  // bloom of emissive surfaces only
const FLOOR = {line: '#5c5c66', width: 2};           // the floor grid's lines (sRGB), pixels

const MIX = {
  uniforms: {tDiffuse: {value: null}, tGlow: {value: null}},
  vertexShader: `varying vec2 vUv;
    void main() { vUv = uv; gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0); }`,
  fragmentShader: `uniform sampler2D tDiffuse; uniform sampler2D tGlow; varying vec2 vUv;
    void main() { gl_FragColor = texture2D(tDiffuse, vUv) + vec4(texture2D(tGlow, vUv).rgb, 0.0); }`,
};

let studio = null;

function open(size) {
  if (studio === null) {
    const canvas = document.createElement('canvas');
    const renderer = new THREE.WebGLRenderer({canvas, antialias: true, preserveDrawingBuffer: true});
    renderer.setPixelRatio(1);
    renderer.toneMapping = THREE.NeutralToneMapping;
    renderer.outputColorSpace = THREE.SRGBColorSpace;
    const pmrem = new THREE.PMREMGenerator(renderer);
    const environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
    pmrem.dispose();
    const blank = new THREE.DataTexture(new Uint8Array(4), 1, 1);
    blank.needsUpdate = true;
    studio = {renderer, environment, blank, size: 0};
  }
  if (studio.size !== size) {
    const s = studio;
    if (s.size) { s.composer.dispose(); s.target.dispose(); s.glowTarget.dispose(); s.bloom.dispose(); }
    s.renderer.setSize(size, size, false);
    s.target = new THREE.WebGLRenderTarget(size, size, {type: THREE.HalfFloatType, samples: 4});
    s.glowTarget = new THREE.WebGLRenderTarget(size, size, {type: THREE.HalfFloatType});
    s.bloom = new UnrealBloomPass(new THREE.Vector2(size / 2, size / 2), GLOW.strength, GLOW.radius, 0);
    s.composer = new EffectComposer(s.renderer, s.target);
    s.composer.setPixelRatio(1);
    s.composer.setSize(size, size);
    s.renderPass = new RenderPass(null, null);
    s.composer.addPass(s.renderPass);
    s.mix = new ShaderPass(MIX);
    s.composer.addPass(s.mix);
    s.composer.addPass(new OutputPass());
    s.size = size;
  }
  return studio;
}

function glowOf(m, cache) {
  // What a surface adds to the glow: its emitted light, or black where it hides what is behind
  // (nothing where it is see-through).
  if (cache.has(m)) return cache.get(m);
  // Emission above GLOW.most spreads no further: a halo, not a white-out.
  // (a see-through surface lets half its light through, unbloomed)
  const seen = (m.transmission ?? 0) > 0 || m.transparent ? 0.5 : 1;
  const emissive = m.emissive ? m.emissive.clone().multiplyScalar(seen * Math.min(m.emissiveIntensity ?? 1, GLOW.most)) : BLACK;
  const glows = emissive.r + emissive.g + emissive.b > 0;
  const clear = !glows && ((m.transmission ?? 0) > 0 || m.transparent);  // (a glowing crystal glows)
  const g = new THREE.MeshBasicMaterial({
    color: glows ? emissive : BLACK, map: glows ? m.emissiveMap ?? null : null,
    side: m.side, transparent: m.transparent, opacity: clear ? 1 : m.opacity,
    alphaTest: m.alphaTest, colorWrite: !clear, depthWrite: !clear && m.depthWrite,
  });
  cache.set(m, g);
  return g;
}

function glow(s, scene, cam) {
  // The emissive surfaces alone, bloomed: only what glows spreads light, not bright reflections.
  const saved = new Map(), cache = new Map();
  let any = false;
  scene.traverse(o => {
    if (!o.isMesh) return;
    saved.set(o, o.material);
    o.material = Array.isArray(o.material) ? o.material.map(m => glowOf(m, cache)) : glowOf(o.material, cache);
    any = any || [].concat(o.material).some(m => m.colorWrite && !m.color.equals(BLACK));
  });
  scene.background = BLACK;
  if (any) {
    s.renderer.setRenderTarget(s.glowTarget);
    s.renderer.setClearColor(BLACK, 1);
    s.renderer.clear();
    s.renderer.render(scene, cam);
    s.bloom.render(s.renderer, null, s.glowTarget, 0, false);
  }
  for (const [o, m] of saved) o.material = m;
  for (const g of cache.values()) g.dispose();
  scene.background = BACKGROUND;
  s.renderer.setRenderTarget(null);
  return any ? s.bloom.renderTargetsHorizontal[0].texture : null;
}

function frame(root, size) {
  // Place the camera on the view direction far enough for the bounding sphere, then zoom and
  // shift so the projected vertices fill FILL of the frame, centred.
  root.updateMatrixWorld(true);
  const sphere = new THREE.Box3().setFromObject(root, true).getBoundingSphere(new THREE.Sphere());
  const r = Math.max(sphere.radius, 1e-6);
  const cam = new THREE.PerspectiveCamera(FOV, 1, r * 0.01, r * 100);
  cam.position.copy(sphere.center).addScaledVector(VIEW, r / Math.sin(THREE.MathUtils.degToRad(FOV / 2)));
  cam.lookAt(sphere.center);
  cam.updateMatrixWorld(true);
  cam.updateProjectionMatrix();
  const lo = new THREE.Vector2(Infinity, Infinity), hi = new THREE.Vector2(-Infinity, -Infinity);
  const v = new THREE.Vector3();
  root.traverse(o => {
    if (!o.isMesh || !o.geometry.attributes.position) return;
    const pos = o.geometry.attributes.position;
    const step = Math.max(1, Math.floor(pos.count / 50000));
    for (let i = 0; i < pos.count; i += step) {
      v.fromBufferAttribute(pos, i).applyMatrix4(o.matrixWorld).project(cam);
      lo.min(v); hi.max(v);
    }
  });
  if (!isFinite(lo.x)) return cam;
  const half = Math.max(hi.x - lo.x, hi.y - lo.y, 1e-6) / 2;
  cam.zoom = FILL / half;
  const cx = (lo.x + hi.x) / 2 * cam.zoom, cy = (lo.y + hi.y) / 2 * cam.zoom;
  cam.setViewOffset(size, size, cx * size / 2, -cy * size / 2, size, size);
  cam.updateProjectionMatrix();
  return cam;
}

function groundShadow(root) {
  // A soft dark ellipse on the floor (y = 0) under the object, as a game's blob shadow: it
  // grounds what stands and shows the gap under what floats.
  root.updateMatrixWorld(true);
  const box = new THREE.Box3().setFromObject(root, true);
  const c = box.getCenter(new THREE.Vector3()), d = box.getSize(new THREE.Vector3());
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 64;
  const ctx = canvas.getContext('2d');
  const g = ctx.createRadialGradient(32, 32, 0, 32, 32, 32);
  g.addColorStop(0, 'rgba(0,0,0,0.5)');
  g.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 64, 64);
  const material = new THREE.MeshBasicMaterial({
    map: new THREE.CanvasTexture(canvas), transparent: true, depthWrite: false,
  });
  const shadow = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), material);
  shadow.rotation.x = -Math.PI / 2;
  shadow.scale.set(Math.max(d.x, 1e-6) * 1.1, Math.max(d.z, 1e-6) * 1.1, 1);
  shadow.position.set(c.x, Math.min(0, box.min.y) + 1e-4 * Math.max(d.x, d.y, d.z), c.z);
  shadow.renderOrder = -1;
  shadow.userData.floats = box.min.y > 0.02 * Math.max(d.y, 1e-6);
  return shadow;
}

function floor(root) {
  // The studio floor under the object: the background's own grey with a faint grid that fades
  // out round it, so that what is see-through (glass, ice, water) shows it bent behind.
  root.updateMatrixWorld(true);
  const box = new THREE.Box3().setFromObject(root, true);
  const c = box.getCenter(new THREE.Vector3()), d = box.getSize(new THREE.Vector3());
  const span = 4 * Math.max(d.x, d.y, d.z, 1e-6);
  const n = 1024, cells = 32;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = n;
  const ctx = canvas.getContext('2d');
  const grey = '#' + BACKGROUND.getHexString();
  ctx.fillStyle = grey;
  ctx.fillRect(0, 0, n, n);
  ctx.strokeStyle = FLOOR.line;
  ctx.lineWidth = FLOOR.width;
  ctx.beginPath();
  for (let k = 0; k <= cells; k++) {
    const x = k * n / cells;
    ctx.moveTo(x, 0); ctx.lineTo(x, n); ctx.moveTo(0, x); ctx.lineTo(n, x);
  }
  ctx.stroke();
  const fade = ctx.createRadialGradient(n / 2, n / 2, n * 0.12, n / 2, n / 2, n / 2);
  fade.addColorStop(0, grey + '00');
  fade.addColorStop(1, grey + 'ff');
  ctx.fillStyle = fade;
  ctx.fillRect(0, 0, n, n);
  const map = new THREE.CanvasTexture(canvas);
  map.colorSpace = THREE.SRGBColorSpace;
  map.anisotropy = 8;
  const plane = new THREE.Mesh(new THREE.PlaneGeometry(span, span), new THREE.MeshBasicMaterial({map}));
  plane.rotation.x = -Math.PI / 2;
  plane.position.set(c.x, Math.min(0, box.min.y) - 1e-3 * span, c.z);
  return plane;
}

function bytesOf(b64) {
  const raw = atob(b64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

function pngOf(canvas) {
  return canvas.toDataURL('image/png').split(',', 2)[1];
}

window.figmentRender = async (glb, size) => {
  const t0 = performance.now();
  const s = open(size);
  const gltf = await new GLTFLoader().parseAsync(bytesOf(glb).buffer, '');
  const root = gltf.scene || gltf.scenes[0];
  const scene = new THREE.Scene();
  scene.environment = s.environment;
  scene.background = BACKGROUND;
  scene.add(root);
  // The frame takes the shadow in only when the object floats, so the gap shows.
  const shadow = groundShadow(root);
  (shadow.userData.floats ? root : scene).add(shadow);
  const cam = frame(root, size);
  scene.add(floor(root));
  s.mix.uniforms.tGlow.value = glow(s, scene, cam) ?? s.blank;
  s.renderPass.scene = scene;
  s.renderPass.camera = cam;
  s.composer.render();
  const png = pngOf(s.renderer.domElement);
  scene.add(shadow);  // whichever parent it had, it is disposed with the rest
  root.add(shadow);
  root.traverse(o => {
    if (o.geometry) o.geometry.dispose();
    for (const m of [].concat(o.material || [])) {
      for (const value of Object.values(m)) if (value && value.isTexture) value.dispose();
      m.dispose();
    }
  });
  return {png, ms: performance.now() - t0};
};

function lines(ctx, text, width, max) {
  // Greedy word wrap into at most `max` lines; the last one ends in an ellipsis if cut.
  const words = text.split(/\s+/).filter(Boolean);
  const out = [];
  let line = '';
  while (words.length && out.length < max) {
    const next = line ? line + ' ' + words[0] : words[0];
    if (ctx.measureText(next).width <= width || !line) { line = next; words.shift(); }
    else { out.push(line); line = ''; }
  }
  if (line && out.length < max) out.push(line);
  if (words.length && out.length) {
    let last = out[out.length - 1];
    while (last && ctx.measureText(last + '…').width > width) last = last.slice(0, -1);
    out[out.length - 1] = last + '…';
  }
  return out;
}

window.figmentSheet = async (tiles, tile, columns) => {
  // tiles: [{png: base64 or null, caption, note}]: the picture, then the caption (two lines at
  // most) and a smaller grey note under it.
  const pad = Math.round(tile * 0.04), font = Math.max(10, Math.round(tile / 22));
  const textH = Math.round(font * 1.3) * 3 + pad;
  const cols = Math.max(1, Math.min(columns, tiles.length));
  const rows = Math.ceil(tiles.length / cols);
  const canvas = document.createElement('canvas');
  canvas.width = cols * (tile + pad) + pad;
  canvas.height = rows * (tile + textH + pad) + pad;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#26262b';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  for (let i = 0; i < tiles.length; i++) {
    const t = tiles[i];
    const x = pad + (i % cols) * (tile + pad), y = pad + Math.floor(i / cols) * (tile + textH + pad);
    if (t.png) {
      const image = await createImageBitmap(new Blob([bytesOf(t.png)], {type: 'image/png'}));
      ctx.drawImage(image, x, y, tile, tile);
    } else {
      ctx.fillStyle = '#3a2a2a';
      ctx.fillRect(x, y, tile, tile);
    }
    let ty = y + tile + Math.round(pad / 2);
    ctx.font = `${font}px "DejaVu Sans", "Liberation Sans", sans-serif`;
    ctx.fillStyle = '#f2f2f2';
    for (const line of lines(ctx, t.caption, tile, 2)) { ctx.fillText(line, x, ty); ty += Math.round(font * 1.3); }
    ctx.font = `${Math.round(font * 0.85)}px "DejaVu Sans", "Liberation Sans", sans-serif`;
    ctx.fillStyle = t.png ? '#a8a8b0' : '#e08080';
    for (const line of lines(ctx, t.note || '', tile, 1)) ctx.fillText(line, x, ty);
  }
  return {png: pngOf(canvas)};
};

window.figmentReady = true;
</script></body></html>
"""
