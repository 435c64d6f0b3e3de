/** Whether this browser can read a QR code from the camera (BarcodeDetector); without it the worker types the code. */
export const canScanCodes = (): boolean => 'BarcodeDetector' in window && Boolean(navigator.mediaDevices?.getUserMedia);
