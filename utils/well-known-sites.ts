// Well-known Vietnamese and international sites: their links pass without a warning, and their names are protected
// against lookalikes. Administrators add their own with `trustedLinkDomains`.
export const WELL_KNOWN_SITES: readonly string[] = [
  // search, mail, office, cloud
  'google.com', 'google.com.vn', 'gmail.com', 'youtube.com', 'youtu.be', 'googleusercontent.com', 'gstatic.com',
  'microsoft.com', 'live.com', 'outlook.com', 'office.com', 'office365.com', 'microsoftonline.com', 'sharepoint.com',
  'onedrive.com', 'bing.com', 'apple.com', 'icloud.com', 'yahoo.com', 'wikipedia.org', 'github.com', 'dropbox.com',
  'zoom.us', 'canva.com', 'adobe.com', 'mozilla.org', 'amazon.com', 'paypal.com',
  // social networks and chat
  'facebook.com', 'fb.com', 'messenger.com', 'instagram.com', 'whatsapp.com', 'tiktok.com', 'x.com', 'twitter.com',
  'linkedin.com', 'telegram.org', 'zalo.me', 'zaloapp.com', 'zadn.vn', 'zingmp3.vn',
  // Vietnamese news and public media
  'vnexpress.net', 'dantri.com.vn', 'tuoitre.vn', 'thanhnien.vn', 'vietnamnet.vn', 'nhandan.vn', 'vtv.vn', 'vov.vn',
  'baochinhphu.vn', 'qdnd.vn', 'cand.com.vn', 'laodong.vn', 'znews.vn', 'zingnews.vn', 'kenh14.vn', '24h.com.vn',
  'cafef.vn', 'vietnamplus.vn', 'baoquangngai.vn',
  // shopping, banks, payments, telecoms
  'shopee.vn', 'lazada.vn', 'tiki.vn', 'sendo.vn', 'vietcombank.com.vn', 'bidv.com.vn', 'vietinbank.vn',
  'agribank.com.vn', 'techcombank.com.vn', 'mbbank.com.vn', 'tpb.vn', 'acb.com.vn', 'vpbank.com.vn', 'sacombank.com.vn',
  'momo.vn', 'vnpay.vn', 'zalopay.vn', 'viettel.vn', 'viettel.com.vn', 'vnpt.vn', 'vnpt.com.vn', 'mobifone.vn',
  'fpt.vn', 'fpt.com.vn', 'evn.com.vn',
  // education
  'moet.gov.vn', 'vnedu.vn', 'k12online.vn', 'olm.vn', 'hocmai.vn', 'violet.vn',
];
