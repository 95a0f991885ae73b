/** Facilities (UPT Pemasyarakatan) and regions (Kanwil): who they are, and their national administration. */
package id.binaan.facility;
