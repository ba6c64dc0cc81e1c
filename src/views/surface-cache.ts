// The 3D view's big surface, drawn once and reused while only what lies on it changes.
//
// gl-plot3d (inside plotly's 3D scene) redraws every object on every change; with the
// translucent Taylor patches it even draws every opaque object twice (once in colour, once
// more into its transparency buffer for depth). Moving p changes the patches, p and the
// trajectories, never the surface f: yet on a software renderer the 121² surface was ~40 ms
// of each ~90 ms redraw. So the surface is rendered into an offscreen colour + depth texture
// when its drawing inputs change (camera, canvas size, its data) and, while they stay the
// same, each redraw copies that image and its depth into the frame with one full-screen
// triangle: what is drawn after it (patches, trails, p) is still hidden behind hills as
// before, since the copied depth is the surface's own.
//
// The copy has one sample per pixel, so the surface's outline loses its antialiasing; once
// the scene has been still for a moment (and no button is held) the surface is drawn
// directly again, antialiased.
// Needs WEBGL_depth_texture and EXT_frag_depth (WebGL 1, as plotly's scene uses); without
// them, or if the offscreen framebuffer is incomplete, the surface is drawn as plotly does.

/** gl-surface3d's object, as far as this module uses it. */
export interface GlSurface {
  gl: WebGLRenderingContext;
  clipBounds: number[][];
  opacity: number;
  draw(params: CameraParams): void;
  drawTransparent(params: CameraParams): void;
  update(params: unknown): void;
  isOpaque(): boolean;
  isTransparent(): boolean;
  dispose(): void;
}

interface CameraParams {
  model: ArrayLike<number>;
  view: ArrayLike<number>;
  projection: ArrayLike<number>;
}

const VERTEX = `
attribute vec2 corner;
void main() { gl_Position = vec4(corner, 0.0, 1.0); }
`;
const FRAGMENT = `
#extension GL_EXT_frag_depth : require
precision highp float;
uniform sampler2D colour;
uniform sampler2D depth;
uniform vec2 size;
void main() {
  vec2 uv = gl_FragCoord.xy / size;
  float d = texture2D(depth, uv).r;
  if (d >= 1.0) discard; // no surface here: leave what is already drawn (axes, background)
  gl_FragColor = texture2D(colour, uv);
  gl_FragDepthEXT = d;
}
`;

interface Resources {
  program: WebGLProgram;
  buffer: WebGLBuffer;
  /** the copy's own vertex state: the default one may hold other objects' attributes */
  vao: { ext: OES_vertex_array_object; array: WebGLVertexArrayObjectOES } | null;
  framebuffer: WebGLFramebuffer;
  colour: WebGLTexture;
  depth: WebGLTexture;
  locations: { corner: number; colour: WebGLUniformLocation | null; depth: WebGLUniformLocation | null; size: WebGLUniformLocation | null };
  width: number;
  height: number;
}

function compile(gl: WebGLRenderingContext, type: number, source: string): WebGLShader | null {
  const shader = gl.createShader(type);
  if (!shader) return null;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  return shader;
}

function createResources(gl: WebGLRenderingContext): Resources | null {
  if (!gl.getExtension('WEBGL_depth_texture') || !gl.getExtension('EXT_frag_depth')) return null;
  const vs = compile(gl, gl.VERTEX_SHADER, VERTEX);
  const fs = compile(gl, gl.FRAGMENT_SHADER, FRAGMENT);
  const program = gl.createProgram();
  const buffer = gl.createBuffer();
  const framebuffer = gl.createFramebuffer();
  const colour = gl.createTexture();
  const depth = gl.createTexture();
  if (!vs || !fs || !program || !buffer || !framebuffer || !colour || !depth) return null;
  gl.attachShader(program, vs);
  gl.attachShader(program, fs);
  gl.linkProgram(program);
  gl.deleteShader(vs);
  gl.deleteShader(fs);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    gl.deleteProgram(program);
    return null;
  }
  const corner = gl.getAttribLocation(program, 'corner');
  const ext = gl.getExtension('OES_vertex_array_object');
  const array = ext?.createVertexArrayOES() ?? null;
  if (ext && array) ext.bindVertexArrayOES(array);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  // one triangle that covers the viewport
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 3, -1, -1, 3]), gl.STATIC_DRAW);
  if (ext && array) {
    gl.enableVertexAttribArray(corner);
    gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
    ext.bindVertexArrayOES(null);
  }
  for (const t of [colour, depth]) {
    gl.bindTexture(gl.TEXTURE_2D, t);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  }
  return {
    program,
    buffer,
    vao: ext && array ? { ext, array } : null,
    framebuffer,
    colour,
    depth,
    locations: {
      corner,
      colour: gl.getUniformLocation(program, 'colour'),
      depth: gl.getUniformLocation(program, 'depth'),
      size: gl.getUniformLocation(program, 'size'),
    },
    width: 0,
    height: 0,
  };
}

/** (Re)allocate the offscreen images at the drawing buffer's size; false if unusable. */
function resize(gl: WebGLRenderingContext, r: Resources, width: number, height: number): boolean {
  if (r.width === width && r.height === height) return true;
  gl.bindTexture(gl.TEXTURE_2D, r.colour);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
  gl.bindTexture(gl.TEXTURE_2D, r.depth);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.DEPTH_COMPONENT, width, height, 0, gl.DEPTH_COMPONENT, gl.UNSIGNED_INT, null);
  const previous = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
  gl.bindFramebuffer(gl.FRAMEBUFFER, r.framebuffer);
  gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, r.colour, 0);
  gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.DEPTH_ATTACHMENT, gl.TEXTURE_2D, r.depth, 0);
  const complete = gl.checkFramebufferStatus(gl.FRAMEBUFFER) === gl.FRAMEBUFFER_COMPLETE;
  gl.bindFramebuffer(gl.FRAMEBUFFER, previous);
  if (!complete) return false;
  r.width = width;
  r.height = height;
  return true;
}

function release(gl: WebGLRenderingContext, r: Resources) {
  gl.deleteProgram(r.program);
  gl.deleteBuffer(r.buffer);
  if (r.vao) r.vao.ext.deleteVertexArrayOES(r.vao.array);
  gl.deleteFramebuffer(r.framebuffer);
  gl.deleteTexture(r.colour);
  gl.deleteTexture(r.depth);
}

/** Everything the surface's picture depends on besides its data (counted by `update`). */
function cameraKey(gl: WebGLRenderingContext, s: GlSurface, p: CameraParams, version: number): number[] {
  return [version, gl.drawingBufferWidth, gl.drawingBufferHeight, ...Array.from(p.model), ...Array.from(p.view), ...Array.from(p.projection), ...s.clipBounds[0], ...s.clipBounds[1]];
}

// Whether a pointer button is held anywhere on the page (a drag in progress).
let pointerHeld = false;
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (pointerHeld = true), true);
  for (const type of ['pointerup', 'pointercancel']) window.addEventListener(type, () => (pointerHeld = false), true);
}

/** How this module drew the surface (rendered offscreen, copied from there, drawn directly;
 *  drawings with the switch off or on the fall-back path are not counted), for
 *  the tests and the benchmark; a switch to draw it directly always, and how long the scene
 *  must be still before the surface is drawn directly (antialiased) again. */
export const surfaceCache = { enabled: true, settleMs: 400, rendered: 0, copied: 0, direct: 0 };

// Whether colour writes are on, per context, kept from its colorMask calls: asking WebGL
// (getParameter) is a synchronous round trip to the GPU process, which waits for the work
// queued before it; measured at ~4 ms per 3D drawing here.
const colourWrites = new WeakMap<WebGLRenderingContext, { on: boolean }>();
function trackColourWrites(gl: WebGLRenderingContext): { on: boolean } {
  let state = colourWrites.get(gl);
  if (!state) {
    const tracked = { on: (gl.getParameter(gl.COLOR_WRITEMASK) as boolean[])[0] };
    const colorMask = gl.colorMask.bind(gl);
    gl.colorMask = (r: boolean, g: boolean, b: boolean, a: boolean) => {
      tracked.on = r;
      colorMask(r, g, b, a);
    };
    colourWrites.set(gl, tracked);
    state = tracked;
  }
  return state;
}

/** Draw `surface` from an offscreen image while its inputs stay the same (see above).
 *  `requestRedraw` asks the scene for one more frame (to redraw it antialiased when still). */
export function cacheSurface(surface: GlSurface, requestRedraw: () => void) {
  const gl = surface.gl;
  const colour = trackColourWrites(gl);
  const draw = surface.draw.bind(surface);
  const update = surface.update.bind(surface);
  const dispose = surface.dispose.bind(surface);
  let resources: Resources | null | undefined; // undefined: not tried yet; null: unusable
  let version = 0;
  let cached: number[] | null = null; // the key of the offscreen image
  let lastKey: number[] | null = null; // the key of the last drawing
  let settle = 0;
  let still = false; // drawing the antialiased frame after the scene stood still

  const same = (a: number[] | null, b: number[]) => a !== null && a.length === b.length && a.every((v, i) => v === b[i]);
  const redrawStill = () => {
    if (gl.isContextLost()) return;
    // Not while a button is held (p being dragged, with pauses): when it is let go.
    if (pointerHeld) {
      settle = window.setTimeout(redrawStill, surfaceCache.settleMs);
      return;
    }
    still = true;
    try {
      requestRedraw();
    } finally {
      still = false;
    }
  };

  surface.update = (params) => {
    version++;
    update(params);
  };
  surface.dispose = () => {
    clearTimeout(settle);
    if (resources && !gl.isContextLost()) release(gl, resources);
    resources = null;
    dispose();
  };

  const render = (params: CameraParams) => {
    const r = resources as Resources;
    const previous = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
    const mask = gl.getParameter(gl.COLOR_WRITEMASK) as boolean[];
    const depthMask = gl.getParameter(gl.DEPTH_WRITEMASK) as boolean;
    const clear = gl.getParameter(gl.COLOR_CLEAR_VALUE) as Float32Array;
    gl.bindFramebuffer(gl.FRAMEBUFFER, r.framebuffer);
    gl.colorMask(true, true, true, true);
    gl.depthMask(true);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
    draw(params);
    gl.bindFramebuffer(gl.FRAMEBUFFER, previous);
    gl.colorMask(mask[0], mask[1], mask[2], mask[3]);
    gl.depthMask(depthMask);
    gl.clearColor(clear[0], clear[1], clear[2], clear[3]);
    surfaceCache.rendered++;
  };

  const copy = () => {
    const r = resources as Resources;
    gl.useProgram(r.program);
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, r.depth);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, r.colour);
    gl.uniform1i(r.locations.colour, 0);
    gl.uniform1i(r.locations.depth, 1);
    gl.uniform2f(r.locations.size, r.width, r.height);
    if (r.vao) {
      r.vao.ext.bindVertexArrayOES(r.vao.array);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
      r.vao.ext.bindVertexArrayOES(null);
    } else {
      // No vertex array objects: only the corner may be enabled while the triangle draws
      // (another object's leftover attribute without a buffer fails the draw).
      const enabled: number[] = [];
      const n = gl.getParameter(gl.MAX_VERTEX_ATTRIBS) as number;
      for (let a = 0; a < n; a++) {
        if (a !== r.locations.corner && gl.getVertexAttrib(a, gl.VERTEX_ATTRIB_ARRAY_ENABLED)) {
          enabled.push(a);
          gl.disableVertexAttribArray(a);
        }
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, r.buffer);
      gl.enableVertexAttribArray(r.locations.corner);
      gl.vertexAttribPointer(r.locations.corner, 2, gl.FLOAT, false, 0, 0);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
      gl.disableVertexAttribArray(r.locations.corner);
      for (const a of enabled) gl.enableVertexAttribArray(a);
    }
    surfaceCache.copied++;
  };

  surface.draw = (params) => {
    if (!surfaceCache.enabled || gl.isContextLost() || !surface.isOpaque()) return draw(params);
    const key = cameraKey(gl, surface, params, version);
    const changed = !same(lastKey, key);
    lastKey = key;
    // Whether this drawing is seen (gl-plot3d's transparency pass draws opaque objects once
    // more with colour writes off, for their depth only).
    const inColour = colour.on;
    // Drawn directly: the first drawing after a change of camera, size or data (while
    // rotating, every frame), and the antialiased frame once the scene is still.
    if (still || changed) {
      surfaceCache.direct++;
      if (inColour) clearTimeout(settle);
      return draw(params);
    }
    if (resources === undefined) resources = createResources(gl);
    if (!resources || !resize(gl, resources, gl.drawingBufferWidth, gl.drawingBufferHeight)) return draw(params);
    if (!same(cached, key)) {
      render(params);
      cached = key;
    }
    copy();
    if (inColour) {
      clearTimeout(settle);
      settle = window.setTimeout(redrawStill, surfaceCache.settleMs);
    }
  };
  return surface;
}
