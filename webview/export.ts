/**
 * The drawn diagram as a standalone file: the SVG with its own background
 * and without the preview's highlight and click marks, and a PNG drawn from
 * that SVG on a canvas at twice the size, for slides.
 */

const PNG_SCALE = 2;

export function standaloneSvg(svg: SVGSVGElement, background: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = naturalSize(svg);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  copy.style.backgroundColor = background;
  for (const marked of copy.querySelectorAll('[data-line]')) {
    for (const attribute of ['data-line', 'tabindex', 'role']) marked.removeAttribute(attribute);
    marked.classList.remove('tcpflow-highlight');
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}

export function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width || 1, height: rect.height || 1 };
}

export function pngDataUrl(svgText: string, size: { width: number; height: number }, background: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(size.width * PNG_SCALE);
      canvas.height = Math.ceil(size.height * PNG_SCALE);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no 2d canvas'));
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL('image/png'));
    };
    image.onerror = () => reject(new Error('the SVG could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}
